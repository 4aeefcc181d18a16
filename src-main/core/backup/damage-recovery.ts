import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { BackupOffer, DamageRestoreResult } from '../../contract/backup';
import { AUDIT_ANCHOR_FILE } from '../audit/audit-anchor';
import { appendAudit } from '../audit/audit-log';
import { fsyncDirectory } from '../data-dir/atomic-file';
import { DATABASE_FILE } from '../db/open-database';
import { AppError } from '../errors';
import { KEYRING_FILE } from '../keys/keyring';
import { createLogger } from '../log';
import type { DatabaseHost } from '../session/database-host';
import { listBackups } from './backup-manifest';
import { readBackupLocation } from './backup-location';
import { restoreBackup, type RestoreOptions } from './restore-backup';
import { sha256File } from './write-backup';

const log = createLogger('damage-recovery');

/** The damaged installation's files: moved aside, never deleted or written to. */
const DAMAGED_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, AUDIT_ANCHOR_FILE];

function requireDamaged(host: DatabaseHost): void {
  // Only after a log-in with a valid key found damage: a healthy installation offers nothing.
  if (!host.damageFound || host.isOpen) throw new AppError('FORBIDDEN');
}

/** The backups start-up offers for a damaged database, newest first, each checked against its manifest's hash. */
export function backupOffer(host: DatabaseHost): BackupOffer {
  requireDamaged(host);
  const folder = readBackupLocation(host.dataDir);
  if (!folder) return { folder: null, backups: [] };
  return {
    folder,
    backups: listBackups(folder).map(({ file, manifest }) => ({
      file: path.basename(file),
      createdAt: manifest.createdAt,
      bytes: manifest.bytes,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion,
      intact: sha256File(file) === manifest.sha256,
    })),
  };
}

/**
 * Restores the chosen backup into a fresh folder inside the data directory (the backup code is
 * checked, every page verified, the erasure ledger re-applied — restore-backup.ts), and only then
 * moves the damaged files into `damaged-<time>/` and the restored ones into their place, the key
 * slots last: a crash in between leaves a keyring without a database, which is reported as damage
 * again and offered again, never as a new installation. The restore is recorded in the restored
 * audit trail without a person (nobody can sign in yet; the backup code is the admin's proof).
 */
export async function restoreOffered(
  host: DatabaseHost,
  input: { file: string; code: string },
  reapplyErasures: RestoreOptions['reapplyErasures'],
  now: Date,
): Promise<DamageRestoreResult> {
  requireDamaged(host);
  const folder = readBackupLocation(host.dataDir);
  const chosen = folder ? listBackups(folder).find((b) => path.basename(b.file) === input.file) : undefined;
  if (!chosen) throw new AppError('NOT_FOUND');
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const restoreDir = path.join(host.dataDir, `restored-${stamp}`);
  const damagedDir = path.join(host.dataDir, `damaged-${stamp}`);
  const recordRestore = async (db: EntityManager, key: Buffer, backupFolder: string): Promise<number> => {
    const erased = await reapplyErasures(db, key, backupFolder);
    await appendAudit(db, { userId: null, action: 'restore', entity: 'database', details: { file: input.file, damagedKeptIn: path.basename(damagedDir), erasuresReapplied: erased } }, now);
    return erased;
  };
  let report;
  try {
    report = await restoreBackup({
      backupFile: chosen.file,
      secret: { code: input.code },
      targetDir: restoreDir,
      schema: host.options.schema,
      reapplyErasures: recordRestore,
      ...(host.options.nativeBinding ? { nativeBinding: host.options.nativeBinding } : {}),
    });
  } catch (error) {
    fs.rmSync(restoreDir, { recursive: true, force: true });
    throw error;
  }
  fs.mkdirSync(damagedDir, { mode: 0o700 });
  for (const name of DAMAGED_FILES) {
    if (fs.existsSync(path.join(host.dataDir, name))) fs.renameSync(path.join(host.dataDir, name), path.join(damagedDir, name));
  }
  if (fs.existsSync(path.join(host.dataDir, KEYRING_FILE))) fs.copyFileSync(path.join(host.dataDir, KEYRING_FILE), path.join(damagedDir, KEYRING_FILE));
  fsyncDirectory(damagedDir);
  for (const name of fs.readdirSync(restoreDir)) {
    if (name === KEYRING_FILE || name === 'bruecke.lock') continue;
    fs.renameSync(path.join(restoreDir, name), path.join(host.dataDir, name));
  }
  fs.renameSync(path.join(restoreDir, KEYRING_FILE), path.join(host.dataDir, KEYRING_FILE));
  fsyncDirectory(host.dataDir);
  fs.rmSync(restoreDir, { recursive: true, force: true });
  host.damageFound = false;
  log.warn(`damaged database replaced by the backup of ${report.manifest.createdAt}; the damaged files are kept in ${path.basename(damagedDir)}`);
  return { file: input.file, createdAt: report.manifest.createdAt, erasuresReapplied: report.erasuresReapplied, damagedKeptIn: damagedDir };
}
