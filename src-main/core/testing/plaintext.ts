import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from '../db/open-database';
import { tempDir } from './test-core';

/**
 * The bytes of an encrypted database file as its key holder sees them: a copy decrypted in place
 * (SQLCipher rewrites every page, free pages included), so a test can look for a sentinel in
 * what an attacker with the key, or a forensic tool, would read.
 */
export function decryptedBytes(file: string, key: Buffer): Buffer {
  const copy = path.join(tempDir('bruecke-plain-'), 'copy.db');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    applyKey(db, key);
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey=''`);
  } finally {
    db.close();
  }
  return fs.readFileSync(copy);
}
