import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DatabaseDamage } from '../../contract';
import { AppError } from '../errors';

type RawDatabase = InstanceType<typeof Database>;

/** SQLCipher 4's page size; the file is always a whole number of pages. */
const PAGE_SIZE = 4096;

export function damaged(damage: DatabaseDamage, message: string): AppError {
  return new AppError('DB_CORRUPT', message, { damage });
}

/**
 * What the file itself shows before any key is applied: missing, empty (SQLite would quietly treat
 * a 0-byte file as a new database and let migrations fill it), or not a whole number of pages.
 */
export function inspectFile(file: string): void {
  if (!fs.existsSync(file)) throw damaged({ kind: 'missingFile' }, 'database file is missing');
  const size = fs.statSync(file).size;
  if (size === 0) throw damaged({ kind: 'emptyFile' }, 'database file is empty (0 bytes)');
  if (size % PAGE_SIZE !== 0) throw damaged({ kind: 'truncated' }, `database file is not a whole number of pages (${size} bytes)`);
}

/**
 * Every page read (each page's HMAC is checked as it is decrypted) and the b-trees walked
 * (`PRAGMA quick_check`), before anything is written: a flipped byte anywhere is found at the first
 * log-in, not when a later write happens to touch that page. This build has no
 * cipher_integrity_check, so a page failing its HMAC surfaces as SQLITE_CORRUPT without its number;
 * tree damage names its pages (at most five).
 */
export function inspectPages(db: RawDatabase): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch {
    throw damaged({ kind: 'pageChecksum' }, 'a page does not decrypt or fails its checksum');
  }
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length === 0) return;
  const pages = [...new Set([...problems.join('\n').matchAll(/page (\d+)/gi)].map((m) => Number(m[1])))].slice(0, 5);
  throw damaged({ kind: 'structure', pages }, `the database structure is damaged (${problems.length} problem(s))`);
}
