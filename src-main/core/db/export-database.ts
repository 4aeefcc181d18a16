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
/** What a copy holds, read from `sqlite_master`: shared by this export and the stepwise snapshot export (export-snapshot.ts). */
export interface SchemaToCopy {
  /** Ordinary tables, whose rows are copied. */
  tables: { name: string; sql: string; withoutRowid: boolean }[];
  /** Virtual tables (trigram indexes): created in the copy after the rows, then rebuilt from their content. */
  virtualTables: { name: string; sql: string }[];
  /** Indexes, triggers and views, created last. */
  rest: { type: 'index' | 'trigger' | 'view'; sql: string }[];
  /** The statement creating an object, aimed at the attached copy. */
  inTarget: (sql: string, type: string) => string;
  quote: (name: string) => string;
}

export function schemaToCopy(db: RawDatabase, alias: string): SchemaToCopy {
  const objects = db
    .prepare(`SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
    .all() as { type: 'table' | 'index' | 'trigger' | 'view'; name: string; sql: string }[];
  const kinds = new Map((db.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = 'main'`).all() as { name: string; type: string }[]).map((t) => [t.name, t.type]));
  // Shadow tables belong to their virtual table, which creates them itself.
  const tables = objects.filter((x) => x.type === 'table' && kinds.get(x.name) !== 'shadow');
  return {
    tables: tables.filter((x) => kinds.get(x.name) !== 'virtual').map((t) => ({ name: t.name, sql: t.sql, withoutRowid: /WITHOUT\s+ROWID/i.test(t.sql) })),
    virtualTables: tables.filter((x) => kinds.get(x.name) === 'virtual').map((t) => ({ name: t.name, sql: t.sql })),
    rest: (['index', 'trigger', 'view'] as const).flatMap((type) => objects.filter((o) => o.type === type).map((o) => ({ type, sql: o.sql }))),
    inTarget: (sql, type) => sql.replace(new RegExp(`^CREATE\\s+(UNIQUE\\s+|VIRTUAL\\s+)?${type}\\s+(IF\\s+NOT\\s+EXISTS\\s+)?`, 'i'), (m) => `${m}${alias}.`),
    quote: (name) => `"${name.replace(/"/g, '""')}"`,
  };
}

/** Creates the virtual tables in the copy and fills them from their (already copied) content tables. */
export function rebuildVirtualTables(db: RawDatabase, schema: SchemaToCopy, alias: string): void {
  for (const v of schema.virtualTables) {
    db.exec(schema.inTarget(v.sql, 'TABLE'));
    db.exec(`INSERT INTO ${alias}.${schema.quote(v.name)}(${schema.quote(v.name)}) VALUES ('rebuild')`);
  }
}

export function exportDatabase(db: RawDatabase, targetFile: string, key: Buffer | null): void {
  const alias = 'bruecke_export';
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  // Rows are copied table by table; parents may come after children.
  db.pragma('foreign_keys = OFF');
  db.prepare(`ATTACH DATABASE ? AS ${alias} KEY ?`).run(targetFile, key ? `x'${key.toString('hex')}'` : '');
  try {
    const schema = schemaToCopy(db, alias);
    const { inTarget, quote } = schema;
    db.transaction(() => {
      for (const t of schema.tables) {
        db.exec(inTarget(t.sql, 'TABLE'));
        db.exec(`INSERT INTO ${alias}.${quote(t.name)} SELECT * FROM main.${quote(t.name)}`);
      }
      rebuildVirtualTables(db, schema, alias);
      for (const o of schema.rest) db.exec(inTarget(o.sql, o.type.toUpperCase()));
      db.pragma(`${alias}.user_version = ${Number(db.pragma('main.user_version', { simple: true }))}`);
    })();
  } finally {
    db.exec(`DETACH DATABASE ${alias}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
