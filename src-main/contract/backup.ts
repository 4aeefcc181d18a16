import { z } from 'zod';
import { ADMIN_ONLY, channel, PUBLIC } from './channel';
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

/** A backup start-up offers when the database was found damaged: what its manifest says, and whether the file still matches it. */
export interface OfferedBackup {
  file: string;
  createdAt: string;
  bytes: number;
  appVersion: string;
  schemaVersion: string;
  /** The file's SHA-256 matches its manifest (every page is checked again, with the code, when restoring). */
  intact: boolean;
}

export interface BackupOffer {
  /** The backup folder as mirrored beside the database (backup-location.json); null: none set up. */
  folder: string | null;
  /** Newest first. */
  backups: OfferedBackup[];
}

export interface DamageRestoreResult {
  file: string;
  createdAt: string;
  erasuresReapplied: number;
  /** Where the damaged files were kept (a folder inside the data directory), named so IT finds them. */
  damagedKeptIn: string;
}

export const damageRestoreInput = z.strictObject({
  file: z.string().max(200).regex(/^bruecke-[^/\\]+\.bkp$/, { error: 'validation:backupFile' }),
  code: f.backupCode,
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
  /**
   * Before log-in, only after a log-in found the database damaged: the backups in the mirrored
   * backup folder. Nobody can sign in to a damaged database, so this cannot wait for a session;
   * what it shows (file names, times, sizes) holds no personal data.
   */
  'backup.offered': channel<BackupOffer>()({ input: f.empty, access: PUBLIC, kind: 'read' }),
  /**
   * Restores the chosen backup with the backup code (which only admins are given) into a fresh
   * folder, then puts it in place of the damaged files, which are kept in a named folder beside it.
   */
  'backup.restoreOffered': channel<DamageRestoreResult>()({ input: damageRestoreInput, access: PUBLIC, kind: 'session' }),
} as const;
