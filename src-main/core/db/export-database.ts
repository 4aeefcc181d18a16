import type Database from 'better-sqlite3-multiple-ciphers';

type RawDatabase = InstanceType<typeof Database>;

/**
 * Writes a complete copy of the open database into a new file, encrypted under `key` (SQLCipher 4,
 * like the original) or — `null` — in plain text (benchmark comparisons only; never for data that
 * leaves the machine). The database library (SQLite3 Multiple Ciphers) has no `sqlcipher_export`,
 * and the backup API and `VACUUM INTO` are not used on encrypted sources (ARCHITECTURE: reported to
 * fail or leak); so this does what `sqlcipher_export` does: the schema from `sqlite_master`, then
 * the rows table by table, then indexes, triggers and views, and the user version, in one
 * transaction on the attached file. The caller verifies the copy (open it, integrity check).
 * A virtual table (the trigram search indexes, db/text-search.ts) is created in the copy, which
 * creates its own shadow tables, and rebuilt there from its content table: its shadow tables'
 * rows are never copied (their layout is the engine's, not ours).
 */
export function exportDatabase(db: RawDatabase, targetFile: string, key: Buffer | null): void {
  const alias = 'bruecke_export';
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  // Rows are copied table by table; parents may come after children.
  db.pragma('foreign_keys = OFF');
  db.prepare(`ATTACH DATABASE ? AS ${alias} KEY ?`).run(targetFile, key ? `x'${key.toString('hex')}'` : '');
  try {
    const objects = db
      .prepare(`SELECT type, name, tbl_name AS tableName, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
      .all() as { type: 'table' | 'index' | 'trigger' | 'view'; name: string; tableName: string; sql: string }[];
    const inTarget = (sql: string, type: string) => sql.replace(new RegExp(`^CREATE\\s+(UNIQUE\\s+|VIRTUAL\\s+)?${type}\\s+(IF\\s+NOT\\s+EXISTS\\s+)?`, 'i'), (m) => `${m}${alias}.`);
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const kinds = new Map((db.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; type: string }[]).map((t) => [t.name, t.type]));
    db.transaction(() => {
      const tables = objects.filter((x) => x.type === 'table' && kinds.get(x.name) !== 'shadow');
      for (const o of tables.filter((x) => kinds.get(x.name) !== 'virtual')) {
        db.exec(inTarget(o.sql, 'TABLE'));
        db.exec(`INSERT INTO ${alias}.${quote(o.name)} SELECT * FROM main.${quote(o.name)}`);
      }
      for (const o of tables.filter((x) => kinds.get(x.name) === 'virtual')) {
        db.exec(inTarget(o.sql, 'TABLE'));
        db.exec(`INSERT INTO ${alias}.${quote(o.name)}(${quote(o.name)}) VALUES ('rebuild')`);
      }
      for (const type of ['index', 'trigger', 'view'] as const) {
        for (const o of objects.filter((x) => x.type === type)) db.exec(inTarget(o.sql, type.toUpperCase()));
      }
      db.pragma(`${alias}.user_version = ${Number(db.pragma('main.user_version', { simple: true }))}`);
    })();
  } finally {
    db.exec(`DETACH DATABASE ${alias}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
