import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subMonths } from 'date-fns';
import type { RestoreTestResult } from '../../contract/backup';
import { AppError } from '../errors';
import type { DatabaseHost } from '../session/database-host';
import { readSetting, writeSetting } from '../settings/settings-store';
import { listBackups } from './backup-manifest';
import { BACKUP_SETTINGS } from './backup-settings';
import { restoreBackup, type RestoreOptions } from './restore-backup';

/**
 * The monthly restore test (BSI CON.3.A15): the newest backup restored into a temporary folder
 * exactly as a real restore would (key, hash, pages, erasure ledger), then removed. The result is
 * kept for the admin's start page.
 */
export async function runRestoreTest(host: DatabaseHost, now: Date, reapplyErasures: RestoreOptions['reapplyErasures']): Promise<RestoreTestResult> {
  const db = host.db.manager;
  const settings = await readSetting(db, BACKUP_SETTINGS);
  if (!settings.folder || !settings.key) throw new AppError('BACKUP_NOT_CONFIGURED');
  const newest = listBackups(settings.folder)[0];
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-restore-test-'));
  let result: RestoreTestResult;
  try {
    if (!newest) throw new AppError('BACKUP_DAMAGED', 'no backup in the folder');
    await restoreBackup({
      backupFile: newest.file,
      secret: { key: Buffer.from(settings.key, 'hex') },
      targetDir: path.join(temp, 'data'),
      schema: { entities: host.db.options.entities as never, migrations: host.db.options.migrations as never },
      reapplyErasures,
    });
    result = { at: now.toISOString(), ok: true, file: path.basename(newest.file), problem: null };
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'BACKUP_DAMAGED';
    result = { at: now.toISOString(), ok: false, file: newest ? path.basename(newest.file) : '', problem: code };
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  await writeSetting(db, BACKUP_SETTINGS, { ...(await readSetting(db, BACKUP_SETTINGS)), lastRestoreTest: result });
  return result;
}

/** A restore test is due when none ran in the last month or the last one failed. */
export function restoreTestDue(last: RestoreTestResult | null, now: Date): boolean {
  return !last || !last.ok || new Date(last.at) < subMonths(now, 1);
}
