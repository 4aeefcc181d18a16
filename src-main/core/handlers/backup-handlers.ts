import path from 'node:path';
import type { BackupStatus } from '../../contract/backup';
import type { EntityManager } from 'typeorm';
import { createBackupCode, runBackup, type Exclusive } from '../backup/backup-service';
import { listBackups } from '../backup/backup-manifest';
import { backupOffer, restoreOffered } from '../backup/damage-recovery';
import { writeBackupLocation } from '../backup/backup-location';
import { BACKUP_SETTINGS } from '../backup/backup-settings';
import { restoreTestDue, runRestoreTest } from '../backup/restore-test';
import type { RestoreOptions } from '../backup/restore-backup';
import type { Handler } from '../router/context';
import { readSetting, writeSetting } from '../settings/settings-store';

export type BackupChannel = 'backup.status' | 'backup.configure' | 'backup.newCode' | 'backup.run' | 'backup.restoreTest' | 'backup.offered' | 'backup.restoreOffered';

async function status(db: EntityManager, now: Date): Promise<BackupStatus> {
  const s = await readSetting(db, BACKUP_SETTINGS);
  return {
    folder: s.folder,
    keepDaily: s.keepDaily,
    keepWeekly: s.keepWeekly,
    intervalHours: s.intervalHours,
    onClose: s.onClose,
    hasCode: s.key !== null,
    keyCreatedAt: s.keyCreatedAt,
    lastBackupAt: s.lastBackupAt,
    backups: listBackups(s.folder).map((b) => ({ file: path.basename(b.file), createdAt: b.manifest.createdAt, bytes: b.manifest.bytes, schemaVersion: b.manifest.schemaVersion })),
    lastRestoreTest: s.lastRestoreTest,
    restoreTestDue: s.key !== null && restoreTestDue(s.lastRestoreTest, now),
  };
}

/** Encrypted backups (core/backup): settings, the backup code, a backup now, the restore test. Each is recorded. */
export function backupHandlers(reapplyErasures: RestoreOptions['reapplyErasures']): { [C in BackupChannel]: Handler<C> } {
  return {
    'backup.status': async (_input, ctx) => status(ctx.signedIn().db, ctx.clock.now()),
    'backup.configure': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      await writeSetting(db, BACKUP_SETTINGS, { ...(await readSetting(db, BACKUP_SETTINGS)), ...input });
      writeBackupLocation(ctx.session.host.dataDir, input.folder);
      await audit({ action: 'update', entity: 'backupSettings', details: { changed: Object.keys(input), keepDaily: input.keepDaily, keepWeekly: input.keepWeekly, intervalHours: input.intervalHours } });
      return status(db, ctx.clock.now());
    },
    'backup.newCode': async (_input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const backupCode = await createBackupCode(db, ctx.clock.now());
      await audit({ action: 'update', entity: 'backupSettings', details: { changed: ['backupCode'] } });
      return { backupCode };
    },
    // A `long` call: the router checked access in its queue and runs this outside it, so each
    // database step queues itself and the copy in between holds nobody up.
    'backup.run': async (_input, ctx) => {
      const { audit } = ctx.signedIn();
      const exclusive: Exclusive = (step) => ctx.session.exclusive(step);
      const { file, manifest, removed } = await runBackup(ctx.session.host, ctx.clock.now(), exclusive);
      await exclusive(() => audit({ action: 'backup', entity: 'database', details: { file: path.basename(file), bytes: manifest.bytes, removed } }));
      return { file: path.basename(file), createdAt: manifest.createdAt, bytes: manifest.bytes, schemaVersion: manifest.schemaVersion, removed };
    },
    'backup.restoreTest': async (_input, ctx) => {
      const { audit } = ctx.signedIn();
      const result = await runRestoreTest(ctx.session.host, ctx.clock.now(), reapplyErasures);
      await audit({ action: 'restore', entity: 'database', details: { test: true, ok: result.ok, file: result.file, problem: result.problem } });
      return result;
    },
    'backup.offered': async (_input, ctx) => backupOffer(ctx.session.host),
    // Queued, so no log-in opens the database while its files are swapped.
    'backup.restoreOffered': async (input, ctx) => ctx.session.exclusive(() => restoreOffered(ctx.session.host, input, reapplyErasures, ctx.clock.now())),
  };
}
