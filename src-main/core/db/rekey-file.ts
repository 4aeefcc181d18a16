import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './open-database';

/**
 * Re-encrypts a closed database file (no WAL: a backup copy) from one raw key to another, in
 * place. SQLCipher rewrites every page; a wrong `fromKey` fails before anything is written.
 */
export function rekeyFile(file: string, fromKey: Buffer, toKey: Buffer, nativeBinding?: string): void {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    applyKey(db, fromKey);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${toKey.toString('hex')}'"`);
  } finally {
    db.close();
  }
}
