import fs from 'node:fs';
import type { EntityManager } from 'typeorm';
import { APP_VERSION } from '../app-version';
import { AppError } from '../errors';
import { rawConnection } from '../db/open-database';
import { appliedSchemaVersion } from '../db/schema-version';
import { readKeyring } from '../keys/keyring';
import { createLogger } from '../log';
import { ErasureLedgerEntity } from '../privacy/erasure-ledger.entity';
import { writeLedgerBesideBackups } from '../privacy/erasure';
import type { DatabaseHost } from '../session/database-host';
import { readSetting, writeSetting } from '../settings/settings-store';
import { backupKeyFromCode, backupKeyId, generateBackupCode, sealMasterKey } from './backup-code';
import { listBackups, manifestPathOf, type BackupManifest } from './backup-manifest';
import { writeBackupLocation } from './backup-location';
import { BACKUP_SETTINGS } from './backup-settings';
import { backupsToRemove } from './rotation';
import { writeBackup } from './write-backup';

const log = createLogger('backup');

/** A new backup code: its key replaces the old one for backups from now on (older backups keep needing the old code). Returns the code, shown once. */
export async function createBackupCode(db: EntityManager, now: Date): Promise<string> {
  const code = generateBackupCode();
  const key = backupKeyFromCode(code);
  const settings = await readSetting(db, BACKUP_SETTINGS);
  await writeSetting(db, BACKUP_SETTINGS, { ...settings, key: key.toString('hex'), keyId: backupKeyId(key), keyCreatedAt: now.toISOString() });
  return code;
}

export async function erasureHighWater(db: EntityManager): Promise<number> {
  const last = await db.getRepository(ErasureLedgerEntity).find({ order: { id: 'DESC' }, take: 1, select: { id: true } });
  return last[0]?.id ?? 0;
}

/**
 * One backup of the open database into the configured folder, then rotation. Runs inside the
 * router's queue (no write runs meanwhile, and none is half done), outside any transaction
 * (ATTACH cannot run in one).
 */
export async function runBackup(host: DatabaseHost, now: Date): Promise<{ file: string; manifest: BackupManifest; removed: number }> {
  const db = host.db.manager;
  const settings = await readSetting(db, BACKUP_SETTINGS);
  if (!settings.folder || !settings.key || !settings.keyId) throw new AppError('BACKUP_NOT_CONFIGURED');
  try {
    fs.mkdirSync(settings.folder, { recursive: true });
    fs.accessSync(settings.folder, fs.constants.W_OK);
  } catch {
    throw new AppError('BACKUP_FOLDER_UNWRITABLE');
  }
  const backupKey = Buffer.from(settings.key, 'hex');
  const written = writeBackup(
    {
      raw: rawConnection(host.db),
      backupKey,
      keyId: settings.keyId,
      sealedMasterKey: sealMasterKey(backupKey, host.key),
      keyring: readKeyring(host.dataDir),
      appVersion: APP_VERSION,
      schemaVersion: await appliedSchemaVersion(host.db),
      erasureHighWater: await erasureHighWater(db),
    },
    settings.folder,
    now,
  );
  // The ledger beside the backups stays current, so a restore of any of them re-applies every erasure.
  await writeLedgerBesideBackups(db);
  writeBackupLocation(host.dataDir, settings.folder);
  const old = backupsToRemove(
    listBackups(settings.folder).map((b) => ({ ...b, createdAt: b.manifest.createdAt })),
    settings.keepDaily,
    settings.keepWeekly,
  );
  for (const b of old) {
    fs.rmSync(b.file, { force: true });
    fs.rmSync(manifestPathOf(b.file), { force: true });
  }
  await writeSetting(db, BACKUP_SETTINGS, { ...(await readSetting(db, BACKUP_SETTINGS)), lastBackupAt: now.toISOString() });
  log.info(`backup written (${written.manifest.bytes} bytes), ${old.length} old backup(s) removed`);
  return { ...written, removed: old.length };
}
