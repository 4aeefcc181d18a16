/**
 * Substring search by index ("contains what was typed"): a trigram full-text index (SQLite FTS5,
 * `tokenize='trigram'`) over one text column of a table, kept in sync by triggers and queried as
 * a set of row ids. SQLite-specific, so it is written here only; services ask for "the rows whose
 * column may contain the term" and keep their portable `LIKE` (db/like.ts) as the exact test on
 * those rows, so answers are the LIKE answers. The index folds case for every script (LIKE only
 * for ASCII) and so returns a superset; it never misses a LIKE match.
 *
 * PostgreSQL (planned) does the same with the pg_trgm extension and no extra table or triggers:
 * `CREATE INDEX … USING gin (caller_name gin_trgm_ops)` lets `LIKE '%…%'` itself use the index;
 * there `rowsContaining` becomes `SELECT id FROM <table> WHERE <column> LIKE …`.
 */

export interface TrigramIndex {
  /** Name of the index (the FTS5 table). */
  name: string;
  /** The table searched; its integer primary key is `id`. */
  table: string;
  /** The text column searched. */
  column: string;
}

/** Trigrams need three characters; shorter terms are searched by LIKE alone (a scan). */
export const shortestIndexedTerm = 3;

/** Whether `term` is long enough for the trigram index to narrow the search. */
export const indexable = (term: string): boolean => [...term].length >= shortestIndexedTerm;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The statements creating the index over the rows already there and the triggers that keep it
 * in step with every insert, update of the column, and delete (FTS5 "external content": the
 * index stores trigrams only, the text stays in the table).
 */
export function createTrigramIndexSql(ix: TrigramIndex): string[] {
  const [n, t, c] = [quote(ix.name), quote(ix.table), quote(ix.column)];
  const trigger = (suffix: string) => quote(`${ix.name}_${suffix}`);
  return [
    `CREATE VIRTUAL TABLE ${n} USING fts5(${c}, content=${t}, content_rowid='id', tokenize='trigram')`,
    `INSERT INTO ${n}(${n}) VALUES ('rebuild')`,
    `CREATE TRIGGER ${trigger('insert')} AFTER INSERT ON ${t} BEGIN
       INSERT INTO ${n}(rowid, ${c}) VALUES (new."id", new.${c});
     END`,
    `CREATE TRIGGER ${trigger('delete')} AFTER DELETE ON ${t} BEGIN
       INSERT INTO ${n}(${n}, rowid, ${c}) VALUES ('delete', old."id", old.${c});
     END`,
    `CREATE TRIGGER ${trigger('update')} AFTER UPDATE OF ${c} ON ${t} BEGIN
       INSERT INTO ${n}(${n}, rowid, ${c}) VALUES ('delete', old."id", old.${c});
       INSERT INTO ${n}(rowid, ${c}) VALUES (new."id", new.${c});
     END`,
  ];
}

export function dropTrigramIndexSql(ix: TrigramIndex): string[] {
  return [
    ...['insert', 'delete', 'update'].map((s) => `DROP TRIGGER ${quote(`${ix.name}_${s}`)}`),
    `DROP TABLE ${quote(ix.name)}`,
  ];
}

/**
 * A subquery (for `… IN (<it>)`) of the ids of rows whose column may contain the term bound to
 * `:<param>`; bind `trigramPhrase(term)` to it. Only for `indexable` terms.
 */
export function rowsContaining(ix: TrigramIndex, param: string): string {
  return `SELECT rowid FROM ${quote(ix.name)} WHERE ${quote(ix.name)} MATCH :${param}`;
}

/** The term as one FTS5 phrase: every character literal (quotes doubled), so `%`, `_`, `*`, `"` match themselves. */
export const trigramPhrase = (term: string): string => `"${term.replace(/"/g, '""')}"`;

type RawDatabase = { prepare(sql: string): { all(...params: unknown[]): unknown[] }; exec(sql: string): unknown };

/**
 * Merges every trigram index into one segment. A deleted or changed row's trigrams otherwise stay
 * in older segments (marked deleted) until the engine merges them; an erasure runs this so the
 * erased names' pieces leave the file with the rest (db/personal-data-sql.ts, compactErased).
 */
export function mergeTextIndexes(raw: RawDatabase): void {
  const virtual = raw.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'`).all() as { name: string }[];
  for (const { name } of virtual) {
    const n = quote(name);
    raw.exec(`INSERT INTO ${n}(${n}) VALUES ('optimize')`);
  }
}
