import { z } from 'zod';
import { ADMIN_ONLY, channel } from './channel';
import * as f from './fields';

export interface BackupListed {
  file: string;
  createdAt: string;
  bytes: number;
  schemaVersion: string;
}

export interface RestoreTestResult {
  at: string;
  ok: boolean;
  file: string;
  /** An error code (BACKUP_DAMAGED …) when the test failed. */
  problem: string | null;
}

export interface BackupStatus {
  folder: string;
  keepDaily: number;
  keepWeekly: number;
  intervalHours: number;
  onClose: boolean;
  /** Whether a backup code exists (the code itself is shown once and never again). */
  hasCode: boolean;
  keyCreatedAt: string | null;
  lastBackupAt: string | null;
  backups: BackupListed[];
  lastRestoreTest: RestoreTestResult | null;
  /** True when the last restore test is older than a month or failed: the admin's start page says so. */
  restoreTestDue: boolean;
}

/**
 * A folder named from the root (`/srv/…`, `D:\…`, `\\server\share\…`): a relative one would
 * land wherever the app or server happened to be started.
 */
const ABSOLUTE_FOLDER = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/;

export const backupConfigInput = z.strictObject({
  folder: f.requiredText(500).refine((v) => v.trim() === '' || ABSOLUTE_FOLDER.test(v), { message: 'validation:absoluteFolder' }),
  keepDaily: f.wholeNumber(1, 60),
  keepWeekly: f.wholeNumber(0, 104),
  /** 0: no timer, only on close and by hand. */
  intervalHours: f.wholeNumber(0, 168),
  onClose: z.boolean(),
});

export const backupChannels = {
  'backup.status': channel<BackupStatus>()({ input: f.empty, access: ADMIN_ONLY, kind: 'read' }),
  'backup.configure': channel<BackupStatus>()({ input: backupConfigInput, access: ADMIN_ONLY, kind: 'write' }),
  /** A new backup code, shown once; backups from now on need it. */
  'backup.newCode': channel<{ backupCode: string }>()({ input: f.empty, access: ADMIN_ONLY, kind: 'write' }),
  /** One backup now (a snapshot copied between queued steps, verified, flushed, renamed; then rotation), outside any transaction. */
  'backup.run': channel<BackupListed & { removed: number }>()({ input: f.empty, access: ADMIN_ONLY, kind: 'long' }),
  /** Restores the newest backup into a temporary folder, checks it and removes it (BSI CON.3.A15). */
  'backup.restoreTest': channel<RestoreTestResult>()({ input: f.empty, access: ADMIN_ONLY, kind: 'read' }),
} as const;
