import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './open-database';

type RawDatabase = InstanceType<typeof Database>;

/** Rows copied per step; between steps the thread answers other calls. */
const ROWS_PER_STEP = 5_000;

export interface SnapshotExportOptions {
  /** The live database file and its master key. */
  source: string;
  key: Buffer;
  /** The new file, encrypted under `targetKey` (SQLCipher 4, like the source). */
  target: string;
  targetKey: Buffer;
  nativeBinding?: string;
  /** Between steps; the default lets the event loop run. A test may do work here (a write on the main connection). */
  betweenSteps?: () => Promise<void>;
  /** Asked between steps: true ends the export (the database is closing); the caller removes the target. */
  stop?: () => boolean;
}

export class SnapshotExportStopped extends Error {
  constructor() {
    super('the export was stopped because the database is closing');
  }
}

/**
 * What `export-database.ts` does (the schema from `sqlite_master`, the rows table by table, then
 * indexes, triggers, views and the user version), but on a **second connection** of its own and
 * in steps: the copy reads inside one read transaction, so it is a snapshot of one committed state
 * (WAL: writers on the main connection go on and are not seen), while between steps the thread
 * is free to run other calls — a backup at full size no longer holds the router's queue.
 */
export async function exportSnapshot(options: SnapshotExportOptions): Promise<void> {
  const pause = options.betweenSteps ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const alias = 'bruecke_export';
  // Not `fileMustExist`: ATTACH inherits the open flags, and the target is a new file. The check
  // below keeps a missing source from being created empty.
  if (!fs.existsSync(options.source)) throw new Error('the database file to copy does not exist');
  const db: RawDatabase = new Database(options.source, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyKey(db, options.key);
    // The main connection may hold the write lock for a moment at any step.
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = OFF');
    db.prepare(`ATTACH DATABASE ? AS ${alias} KEY ?`).run(options.target, `x'${options.targetKey.toString('hex')}'`);
    db.exec('BEGIN');
    try {
      // The first read fixes the snapshot every later step reads.
      const objects = db
        .prepare(`SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
        .all() as { type: 'table' | 'index' | 'trigger' | 'view'; name: string; sql: string }[];
      const inTarget = (sql: string, type: string) => sql.replace(new RegExp(`^CREATE\\s+(UNIQUE\\s+)?${type}\\s+(IF\\s+NOT\\s+EXISTS\\s+)?`, 'i'), (m) => `${m}${alias}.`);
      const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
      for (const table of objects.filter((o) => o.type === 'table')) {
        db.exec(inTarget(table.sql, 'TABLE'));
        const from = `main.${quote(table.name)}`;
        const into = `${alias}.${quote(table.name)}`;
        if (/WITHOUT\s+ROWID/i.test(table.sql)) {
          db.exec(`INSERT INTO ${into} SELECT * FROM ${from}`);
          continue;
        }
        const step = db.prepare(`INSERT INTO ${into} SELECT * FROM ${from} WHERE rowid > ? ORDER BY rowid LIMIT ${ROWS_PER_STEP}`);
        const lastOfStep = db.prepare(`SELECT max(rowid) AS last FROM (SELECT rowid FROM ${from} WHERE rowid > ? ORDER BY rowid LIMIT ${ROWS_PER_STEP})`);
        for (let after: number | bigint = -(2n ** 63n); ; ) {
          const { last } = lastOfStep.get(after) as { last: number | bigint | null };
          if (last === null) break;
          step.run(after);
          after = last;
          await pause();
          if (options.stop?.()) throw new SnapshotExportStopped();
        }
      }
      for (const type of ['index', 'trigger', 'view'] as const) {
        for (const o of objects.filter((x) => x.type === type)) db.exec(inTarget(o.sql, type.toUpperCase()));
      }
      db.pragma(`${alias}.user_version = ${Number(db.pragma('main.user_version', { simple: true }))}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
    db.exec(`DETACH DATABASE ${alias}`);
  } finally {
    db.close();
  }
}
