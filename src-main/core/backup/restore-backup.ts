import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { AppError } from '../errors';
import { acquireInstanceLock } from '../data-dir/instance-lock';
import { writeFileAtomic } from '../data-dir/atomic-file';
import { writeAnchor } from '../audit/audit-anchor';
import { currentHead } from '../audit/audit-head';
import { checkIntegrity, DATABASE_FILE, openDatabase, type DatabaseSchema } from '../db/open-database';
import { rekeyFile } from '../db/rekey-file';
import { KEYRING_FILE } from '../keys/keyring';
import { backupKeyFromCode, backupKeyId, openMasterKey } from './backup-code';
import { readManifest, type BackupManifest } from './backup-manifest';
import { sha256File, verifyBackupFile } from './write-backup';

export interface RestoreOptions {
  backupFile: string;
  /** The backup code as the admin typed it, or (the app's own restore test) the stored backup key. */
  secret: BackupSecret;
  /** A new or empty folder: a restore never overwrites a data directory. */
  targetDir: string;
  schema: DatabaseSchema;
  /** Re-applies every erasure recorded anywhere (the restored ledger and the newer one beside the backups); returns how many records it erased again. */
  reapplyErasures: (db: EntityManager, backupKey: Buffer, backupFolder: string) => Promise<number>;
  nativeBinding?: string;
}

export interface RestoreReport {
  manifest: BackupManifest;
  erasuresReapplied: number;
}

/** Checks a backup without restoring it: the code, the file's hash, every page. */
export type BackupSecret = { code: string } | { key: Buffer };

export function checkBackup(backupFile: string, secret: BackupSecret, nativeBinding?: string): { manifest: BackupManifest; key: Buffer } {
  const manifest = readManifest(backupFile);
  if (!manifest || !fs.existsSync(backupFile)) throw new AppError('BACKUP_DAMAGED', 'no readable manifest beside the backup');
  const key = 'key' in secret ? secret.key : backupKeyFromCode(secret.code);
  if (backupKeyId(key) !== manifest.keyId) throw new AppError('WRONG_BACKUP_CODE');
  if (sha256File(backupFile) !== manifest.sha256) throw new AppError('BACKUP_DAMAGED', 'the file does not match its manifest');
  const check = verifyBackupFile(backupFile, key, nativeBinding);
  if (!check.ok) throw new AppError('BACKUP_DAMAGED', check.problems.slice(0, 3).join('; '));
  return { manifest, key };
}

/**
 * Restores a backup into a fresh directory: checks the code, verifies the file, decrypts it back
 * under the installation's master key (so the key slots that travelled in the manifest open it
 * with the users' passwords), re-applies the erasure ledger, compacts the freed pages away, and
 * only then leaves a data directory anyone can open.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const { manifest, key } = checkBackup(options.backupFile, options.secret, options.nativeBinding);
  const target = options.targetDir;
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) throw new AppError('RESTORE_TARGET_NOT_EMPTY');
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  const lock = acquireInstanceLock(target);
  const staging = path.join(target, `${DATABASE_FILE}.restoring`);
  try {
    let masterKey: Buffer;
    try {
      masterKey = openMasterKey(key, manifest.sealedMasterKey);
    } catch {
      throw new AppError('BACKUP_DAMAGED', 'the sealed key in the manifest does not open');
    }
    fs.copyFileSync(options.backupFile, staging);
    rekeyFile(staging, key, masterKey, options.nativeBinding);
    // Nobody can sign in before the ledger is re-applied: the key slots are written last.
    const file = path.join(target, DATABASE_FILE);
    fs.renameSync(staging, file);
    const db = await openDatabase({ file, key: masterKey, schema: options.schema, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    let erasuresReapplied: number;
    try {
      erasuresReapplied = await db.transaction((manager) => options.reapplyErasures(manager, key, path.dirname(options.backupFile)));
      const integrity = checkIntegrity(db);
      if (!integrity.ok) throw new AppError('BACKUP_DAMAGED', integrity.problems.slice(0, 3).join('; '));
      // The restored chain is the one to hold to from now on; the old installation's anchor stays there.
      writeAnchor(target, masterKey, await currentHead(db.manager));
    } finally {
      await db.destroy();
    }
    writeFileAtomic(target, KEYRING_FILE, JSON.stringify(manifest.keyring, null, 2));
    return { manifest, erasuresReapplied };
  } catch (error) {
    // A half-restored directory must not look like an installation.
    for (const name of fs.readdirSync(target)) if (name !== 'bruecke.lock') fs.rmSync(path.join(target, name), { force: true, recursive: true });
    throw error;
  } finally {
    lock.release();
  }
}
