import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

interface RawStatement {
  raw(on: boolean): RawStatement;
  all(...params: unknown[]): unknown[][];
  columns(): { name: string }[];
}
interface RawConnection {
  prepare(sql: string): RawStatement;
}

const STATEMENTS_KEPT = 64;
const prepared = new WeakMap<RawConnection, Map<string, { statement: RawStatement; columns: string[] }>>();

/**
 * The rows of a SELECT built with the query builder, as plain objects keyed by the selected
 * aliases: what `getRawMany` returns, faster for long lists. The SQL is TypeORM's, so it stays
 * portable; only reading it is engine-specific. On SQLite the rows are read as arrays and the
 * objects built here: better-sqlite3 builds each row object property by property from native
 * code, which for a week plan's ~800 sessions of 18 columns took 3 of the query's 7.7 ms.
 * Other engines use `getRawMany`. Values are as the driver returns them (no column transformers).
 */
export async function selectRows<R extends ObjectLiteral>(q: SelectQueryBuilder<ObjectLiteral>): Promise<R[]> {
  const connection = sqliteConnection(q);
  if (!connection) return q.getRawMany<R>();
  const [sql, params] = q.getQueryAndParameters();
  const { statement, columns } = statementFor(connection, sql);
  // Parameters come as TypeORM's SQLite driver prepared them (booleans already 0/1).
  const rows = statement.all(...params);
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row as R;
  });
}

function sqliteConnection(q: SelectQueryBuilder<ObjectLiteral>): RawConnection | null {
  const driver = q.connection.driver as unknown as { options: { type: string }; databaseConnection?: RawConnection };
  return driver.options.type === 'better-sqlite3' && driver.databaseConnection ? driver.databaseConnection : null;
}

function statementFor(connection: RawConnection, sql: string): { statement: RawStatement; columns: string[] } {
  let cache = prepared.get(connection);
  if (!cache) prepared.set(connection, (cache = new Map()));
  let entry = cache.get(sql);
  if (!entry) {
    const statement = connection.prepare(sql).raw(true);
    entry = { statement, columns: statement.columns().map((c) => c.name) };
    // Filters make many shapes of one list's SQL; keep the most recent few.
    if (cache.size >= STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
    cache.set(sql, entry);
  }
  return entry;
}
