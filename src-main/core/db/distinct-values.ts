import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * The distinct values of an indexed column, by seeking the index once per value (a "loose index
 * scan": the smallest value, then the smallest above it, …) instead of reading every row. For a
 * column with a handful of values over many rows, such as a case's stage, that is a few index
 * look-ups against a full scan. The column must lead an index for this to be fast; the answer is
 * right either way. `WITH RECURSIVE` is standard SQL (SQLite and PostgreSQL).
 */
export async function distinctValues<T extends ObjectLiteral>(db: EntityManager, entity: EntitySchema<T>, property: keyof T & string): Promise<string[]> {
  const metadata = db.connection.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  const escape = (name: string) => db.connection.driver.escape(name);
  const table = escape(metadata.tableName);
  const name = escape(column.databaseName);
  const rows = (await db.query(
    `WITH RECURSIVE seen(v) AS (SELECT MIN(${name}) FROM ${table} UNION ALL SELECT (SELECT MIN(${name}) FROM ${table} WHERE ${name} > seen.v) FROM seen WHERE seen.v IS NOT NULL) SELECT v FROM seen WHERE v IS NOT NULL`,
  )) as { v: string }[];
  return rows.map((r) => r.v);
}
