import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { fsyncDirectory, fsyncFile } from '../data-dir/atomic-file';
import { AppError } from '../errors';
import { exportDatabase } from './export-database';
import { applyKey } from './open-database';

type RawDatabase = InstanceType<typeof Database>;

/** The copy under the new key while a rekey is under way; removed or renamed over the database. */
export function rekeyCopyPath(file: string): string {
  return `${file}.rekey`;
}

/** A copy left by a rekey cut short is never used: the database itself is still complete. */
export function removeRekeyCopy(file: string): void {
  const copy = rekeyCopyPath(file);
  for (const f of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
}

/**
 * Crash-safe rekey, step one: a complete copy of the open database under `next` in a new file,
 * verified (it opens with `next`, SQLite's and the cipher's integrity checks are clean, every table
 * holds as many rows as the original) and flushed to disk. The original is untouched; the caller
 * closes it and puts the copy in its place with `replaceWithCopy`. `PRAGMA rekey` in place is not
 * used: a kill -9 during it left files that opened with neither key.
 */
export function writeVerifiedCopy(source: RawDatabase, file: string, next: Buffer): void {
  removeRekeyCopy(file);
  const copy = rekeyCopyPath(file);
  exportDatabase(source, copy, next);
  const expected = rowCounts(source, 'main');
  const check = new Database(copy, { fileMustExist: true });
  try {
    applyKey(check, next);
    const integrity = check.pragma('integrity_check') as { integrity_check: string }[];
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    problems.push(...(check.pragma('cipher_integrity_check') as Record<string, unknown>[]).map((r) => String(Object.values(r)[0])));
    const actual = rowCounts(check, 'main');
    for (const [table, count] of expected) if (actual.get(table) !== count) problems.push(`${table}: ${actual.get(table) ?? 'missing'} rows, expected ${count}`);
    if (problems.length > 0) throw new AppError('DB_CORRUPT', `the rekeyed copy failed verification: ${problems.slice(0, 3).join('; ')}`);
  } finally {
    check.close();
  }
  for (const leftover of [`${copy}-journal`, `${copy}-wal`]) {
    if (fs.existsSync(leftover)) throw new AppError('INTERNAL', 'the rekeyed copy left a journal behind');
  }
  fsyncFile(copy);
}

/**
 * Crash-safe rekey, step two, with the original closed: its write-ahead log must be gone (closing
 * the last connection checkpoints it), then the copy is renamed over it in one atomic step and the
 * directory flushed. A crash before the rename leaves the original, after it the copy; the keyring
 * holds both keys until the caller finishes it.
 */
export function replaceWithCopy(file: string): void {
  const wal = `${file}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) throw new AppError('INTERNAL', 'the database still has a write-ahead log');
  fs.rmSync(wal, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });
  fs.renameSync(rekeyCopyPath(file), file);
  fsyncDirectory(path.dirname(file));
}

function rowCounts(db: RawDatabase, schema: string): Map<string, number> {
  // Ordinary tables only: a search index's shadow tables are rebuilt in the copy, not copied, so
  // their row counts are the engine's business (db/export-database.ts).
  const tables = db.prepare(`SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'table' AND name NOT LIKE 'sqlite_%'`).all(schema) as { name: string }[];
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const row = db.prepare(`SELECT count(*) AS n FROM ${schema}."${name.replace(/"/g, '""')}"`).get() as { n: number };
    counts.set(name, row.n);
  }
  return counts;
}
