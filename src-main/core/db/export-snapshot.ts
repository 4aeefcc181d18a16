import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { rebuildVirtualTables, schemaToCopy } from './export-database';
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
 * What `export-database.ts` does (the schema from `sqlite_master` — `schemaToCopy` —, the rows
 * table by table, the virtual tables rebuilt, then indexes, triggers, views and the user version), but on a **second connection** of its own and
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
      const schema = schemaToCopy(db, alias);
      const { inTarget, quote } = schema;
      for (const table of schema.tables) {
        db.exec(inTarget(table.sql, 'TABLE'));
        const from = `main.${quote(table.name)}`;
        const into = `${alias}.${quote(table.name)}`;
        if (table.withoutRowid) {
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
      rebuildVirtualTables(db, schema, alias);
      for (const o of schema.rest) db.exec(inTarget(o.sql, o.type.toUpperCase()));
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
