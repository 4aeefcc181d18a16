import fs from 'node:fs';
import type { EntityManager } from 'typeorm';
import { APP_VERSION } from '../app-version';
import { AppError } from '../errors';
import { databasePath } from '../db/open-database';
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

/** Runs one step in the router's queue (`SessionManager.exclusive`), or as it comes when the caller already holds the queue. */
export type Exclusive = <T>(step: () => Promise<T>) => Promise<T>;

/** For callers already inside the queue (the backup on close): each step runs at once. */
export const alreadyInQueue: Exclusive = (step) => step();

/**
 * One backup of the open database into the configured folder, then rotation. The router's queue
 * is held only for the short steps that read settings and the keyring (before) and record the
 * backup and rotate (after); the copy itself — about 30 s at regional scale — reads a snapshot on a
 * second connection in steps (write-backup.ts), while other calls run. `betweenSteps` is for tests.
 */
export async function runBackup(
  host: DatabaseHost,
  now: Date,
  exclusive: Exclusive,
  betweenSteps?: () => Promise<void>,
): Promise<{ file: string; manifest: BackupManifest; removed: number }> {
  const prepared = await exclusive(async () => {
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
    return {
      folder: settings.folder,
      dataSource: host.db,
      key: Buffer.from(host.key),
      backupKey,
      keyId: settings.keyId,
      sealedMasterKey: sealMasterKey(backupKey, host.key),
      keyring: readKeyring(host.dataDir),
      schemaVersion: await appliedSchemaVersion(host.db),
      // Read before the snapshot: an erasure committed in between is in the copy and above this
      // mark, so a restore applies it again, which changes nothing.
      erasureHighWater: await erasureHighWater(db),
    };
  });
  let written: { file: string; manifest: BackupManifest };
  try {
    written = await writeBackup(
      {
        file: databasePath(host.dataDir),
        key: prepared.key,
        ...(host.options.nativeBinding ? { nativeBinding: host.options.nativeBinding } : {}),
        stale: () => !host.isOpen || host.db !== prepared.dataSource,
        backupKey: prepared.backupKey,
        keyId: prepared.keyId,
        sealedMasterKey: prepared.sealedMasterKey,
        keyring: prepared.keyring,
        appVersion: APP_VERSION,
        schemaVersion: prepared.schemaVersion,
        erasureHighWater: prepared.erasureHighWater,
      },
      prepared.folder,
      now,
      betweenSteps,
    );
  } finally {
    prepared.key.fill(0);
  }
  return exclusive(async () => {
    const db = host.db.manager;
    // The ledger beside the backups stays current, so a restore of any of them re-applies every erasure.
    await writeLedgerBesideBackups(db);
    writeBackupLocation(host.dataDir, prepared.folder);
    const settings = await readSetting(db, BACKUP_SETTINGS);
    const old = backupsToRemove(
      listBackups(prepared.folder).map((b) => ({ ...b, createdAt: b.manifest.createdAt })),
      settings.keepDaily,
      settings.keepWeekly,
    );
    for (const b of old) {
      fs.rmSync(b.file, { force: true });
      fs.rmSync(manifestPathOf(b.file), { force: true });
    }
    await writeSetting(db, BACKUP_SETTINGS, { ...settings, lastBackupAt: now.toISOString() });
    log.info(`backup written (${written.manifest.bytes} bytes), ${old.length} old backup(s) removed`);
    return { ...written, removed: old.length };
  });
}
