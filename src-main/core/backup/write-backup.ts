import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import { exportSnapshot } from '../db/export-snapshot';
import { applyKey } from '../db/open-database';
import { fsyncFile, writeFileAtomic } from '../data-dir/atomic-file';
import { BACKUP_EXTENSION, manifestPathOf, type BackupManifest } from './backup-manifest';

type RawDatabase = InstanceType<typeof Database>;

export interface BackupSource {
  /** The live database file, its master key and the addon to open a second connection with. */
  file: string;
  key: Buffer;
  nativeBinding?: string;
  /** True once the database this backup started from has closed (or was replaced by a rekey): the copy stops. */
  stale: () => boolean;
  backupKey: Buffer;
  keyId: string;
  sealedMasterKey: string;
  keyring: unknown;
  appVersion: string;
  schemaVersion: string;
  erasureHighWater: number;
}

/**
 * Opens a backup file read-only with its key and runs SQLite's integrity check and the cipher's
 * page check (HMAC of every page): a flipped byte, a truncated copy or a wrong key is reported,
 * never opened as if fine.
 */
export function verifyBackupFile(file: string, key: Buffer, nativeBinding?: string): { ok: boolean; problems: string[] } {
  let db: RawDatabase | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    applyKey(db, key);
    const problems: string[] = [];
    for (const row of db.pragma('integrity_check') as { integrity_check: string }[]) if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
    try {
      for (const row of db.pragma('cipher_integrity_check') as Record<string, unknown>[]) problems.push(String(Object.values(row)[0]));
    } catch {
      // Builds without cipher_integrity_check: integrity_check above still reads (and authenticates) every page.
    }
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    if (tables.n === 0) problems.push('no tables');
    return { ok: problems.length === 0, problems };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    db?.close();
  }
}


export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Writes one backup: a snapshot of the database under the backup key, copied on a second
 * connection in steps (db/export-snapshot.ts does what sqlcipher_export does; never the SQLite
 * backup API, never VACUUM INTO) into a temporary file in the backup folder, verified, flushed to
 * disk, then renamed into place, then its manifest (atomically). A copy that fails verification
 * is removed and the backup fails: nothing unverified ever carries a backup's name. Between the
 * copy's steps other calls run; nothing here needs the router's queue.
 */
export async function writeBackup(
  source: BackupSource,
  folder: string,
  now: Date,
  betweenSteps?: () => Promise<void>,
): Promise<{ file: string; manifest: BackupManifest }> {
  fs.mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const name = `bruecke-${stamp}${BACKUP_EXTENSION}`;
  const file = path.join(folder, name);
  // Unique per run: a scheduled backup and the one on close may be copying at the same time.
  const temp = path.join(folder, `.${name}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    await exportSnapshot({
      source: source.file,
      key: source.key,
      target: temp,
      targetKey: source.backupKey,
      ...(source.nativeBinding ? { nativeBinding: source.nativeBinding } : {}),
      ...(betweenSteps ? { betweenSteps } : {}),
      stop: source.stale,
    });
    const check = verifyBackupFile(temp, source.backupKey, source.nativeBinding);
    if (!check.ok) throw new AppError('BACKUP_DAMAGED', `the copy failed verification: ${check.problems.slice(0, 3).join('; ')}`);
    fsyncFile(temp);
    if (process.platform !== 'win32') fs.chmodSync(temp, 0o600);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      appVersion: source.appVersion,
      schemaVersion: source.schemaVersion,
      file: name,
      bytes: fs.statSync(temp).size,
      sha256: sha256File(temp),
      keyId: source.keyId,
      erasureHighWater: source.erasureHighWater,
      sealedMasterKey: source.sealedMasterKey,
      keyring: source.keyring,
    };
    fs.renameSync(temp, file);
    writeFileAtomic(folder, path.basename(manifestPathOf(file)), JSON.stringify(manifest, null, 2));
    return { file, manifest };
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
