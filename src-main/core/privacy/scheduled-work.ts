import { appendAudit } from '../audit/audit-log';
import { alreadyInQueue, runBackup, type Exclusive } from '../backup/backup-service';
import { BACKUP_SETTINGS } from '../backup/backup-settings';
import { restoreTestDue, runRestoreTest } from '../backup/restore-test';
import type { RestoreOptions } from '../backup/restore-backup';
import { compactErased, enableSecureDelete } from '../db/personal-data-sql';
import { createLogger } from '../log';
import type { CoreModule } from '../module';
import type { DatabaseHost } from '../session/database-host';
import { readEnabledModules } from '../settings/installation';
import { readSetting } from '../settings/settings-store';
import { applyPurge, RETENTION_SETTINGS } from './retention';

const log = createLogger('scheduled');
const HOUR = 3_600_000;

/**
 * What the app (or the team server) does by itself while the database is open: a backup when
 * the interval has passed, the daily retention run (unless paused), the monthly restore test.
 * Each is recorded in the audit trail without a person; a failure is logged and retried at the
 * next tick, never thrown at whoever is working. Called outside the router's queue: each step
 * takes the queue itself (`exclusive`), and the backup's copy runs between its steps.
 */
export async function runScheduledWork(
  host: DatabaseHost,
  modules: readonly CoreModule[],
  now: Date,
  reapply: RestoreOptions['reapplyErasures'],
  exclusive: Exclusive,
): Promise<void> {
  const backup = await exclusive(async () => (host.isOpen ? readSetting(host.db.manager, BACKUP_SETTINGS) : null));
  if (!backup) return;
  const configured = Boolean(backup.folder && backup.key);
  try {
    if (configured && backup.intervalHours > 0 && (!backup.lastBackupAt || now.getTime() - new Date(backup.lastBackupAt).getTime() >= backup.intervalHours * HOUR)) {
      const made = await runBackup(host, now, exclusive);
      await exclusive(() =>
        appendAudit(host.db.manager, { userId: null, action: 'backup', entity: 'database', details: { scheduled: true, bytes: made.manifest.bytes, removed: made.removed } }, now),
      );
    }
  } catch (error) {
    log.error('scheduled backup failed', error);
  }
  try {
    await exclusive(async () => {
      if (!host.isOpen) return;
      const db = host.db.manager;
      const retention = await readSetting(db, RETENTION_SETTINGS);
      if (!retention.paused && (!retention.lastRun || now.getTime() - new Date(retention.lastRun.at).getTime() >= 24 * HOUR)) {
        const enabled = await readEnabledModules(db);
        const reached = modules.filter((m) => (enabled as readonly string[]).includes(m.contract.id));
        enableSecureDelete(host.db);
        const plan = await host.db.transaction(async (tx) => {
          const p = await applyPurge(tx, reached, now);
          await appendAudit(tx, { userId: null, action: 'purge', entity: 'retention', details: { scheduled: true, rows: Object.fromEntries(p.classes.map((c) => [c.id, c.count])) } }, now);
          return p;
        });
        if (plan.classes.some((c) => c.count > 0)) compactErased(host.db);
      }
    });
  } catch (error) {
    log.error('scheduled retention run failed', error);
  }
  try {
    await exclusive(async () => {
      if (!host.isOpen || !configured || !restoreTestDue(backup.lastRestoreTest, now)) return;
      const result = await runRestoreTest(host, now, reapply);
      await appendAudit(host.db.manager, { userId: null, action: 'restore', entity: 'database', details: { test: true, scheduled: true, ok: result.ok, problem: result.problem } }, now);
    });
  } catch (error) {
    log.error('scheduled restore test failed', error);
  }
}

/** The backup on close (when set up and wanted): the last state of the day is never only on this machine. */
export async function backupOnClose(host: DatabaseHost, now: Date): Promise<void> {
  if (!host.isOpen) return;
  try {
    const backup = await readSetting(host.db.manager, BACKUP_SETTINGS);
    if (!backup.folder || !backup.key || !backup.onClose) return;
    // Already in the queue (core.close), where nothing else runs any more.
    const made = await runBackup(host, now, alreadyInQueue);
    await appendAudit(host.db.manager, { userId: null, action: 'backup', entity: 'database', details: { onClose: true, bytes: made.manifest.bytes } }, now);
  } catch (error) {
    log.error('backup on close failed', error);
  }
}
