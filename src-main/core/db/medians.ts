import type { EntityManager, SelectQueryBuilder } from 'typeorm';

/**
 * The median of `value` per `grp` of a query's rows, computed by the database: rows are ranked
 * within their group and the middle one (or the mean of the middle two) is kept, so no single
 * value is loaded into JavaScript. `values` must select exactly the columns `grp` and `value`.
 * Window functions exist in SQLite ≥ 3.25 and PostgreSQL alike. Both windows share one ordering,
 * so the rows are sorted once (the count over the whole partition is the same either way).
 */
export async function mediansByGroup(db: EntityManager, values: SelectQueryBuilder<object>): Promise<Map<string, number>> {
  const [sql, parameters] = values.getQueryAndParameters();
  const rows = (await db.query(
    `SELECT "grp", AVG("value") AS "median" FROM (
       SELECT "grp", "value",
              ROW_NUMBER() OVER (PARTITION BY "grp" ORDER BY "value") AS "rn",
              COUNT(*) OVER (PARTITION BY "grp" ORDER BY "value" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "n"
         FROM (${sql}) "v") "r"
      WHERE "rn" IN (("n" + 1) / 2, ("n" + 2) / 2)
      GROUP BY "grp"`,
    parameters,
  )) as { grp: string; median: number }[];
  return new Map(rows.map((r) => [String(r.grp), Number(r.median)]));
}

/** A column of stored values whose median per group an index `(group, stored …)` serves in order. */
export interface IndexedValues {
  table: string;
  group: string;
  stored: string;
  /**
   * The value of rows whose stored value is still null (e.g. a stay still running), computed at
   * the call; such rows are few, so only they are computed and sorted. Without it they are left out.
   */
  running?: { expression: string; parameters: Record<string, unknown> };
}

/**
 * The median of stored values per group, read through an index instead of ranking every row:
 * the rows of each group are counted (from the index), then only the middle one or two are read
 * in index order (`ORDER BY … LIMIT … OFFSET`, steps over index entries without sorting them).
 * With `running`, the stored rows and the computed ones are merged by one compound ORDER BY, so
 * only the computed rows are sorted. Identifiers come from code, never from input; parameters are
 * bound the driver's way, so the SQL stays portable (SQLite now, PostgreSQL later).
 */
export async function mediansFromIndex(db: EntityManager, spec: IndexedValues): Promise<Map<string, number>> {
  const { table, group, stored, running } = spec;
  const q = (name: string) => `"${name}"`;
  const counted = `COUNT(${running ? '*' : q(stored)})`;
  const counts = (await db.query(`SELECT ${q(group)} AS "grp", ${counted} AS "n" FROM ${q(table)} GROUP BY ${q(group)}`)) as { grp: string; n: number }[];
  const storedRows = `SELECT ${q(stored)} AS "v" FROM ${q(table)} WHERE ${q(group)} = :grp AND ${q(stored)} IS NOT NULL`;
  const values = running
    ? `${storedRows} UNION ALL SELECT ${running.expression} AS "v" FROM ${q(table)} WHERE ${q(group)} = :grp AND ${q(stored)} IS NULL`
    : storedRows;
  const medians = new Map<string, number>();
  for (const { grp, n } of counts) {
    const count = Number(n);
    if (count === 0) continue;
    const [sql, parameters] = db.connection.driver.escapeQueryWithParameters(
      `${values} ORDER BY "v" LIMIT :take OFFSET :skip`,
      { ...running?.parameters, grp, take: count % 2 === 1 ? 1 : 2, skip: Math.floor((count - 1) / 2) },
    );
    const middle = ((await db.query(sql, parameters)) as { v: number }[]).map((r) => Number(r.v));
    medians.set(String(grp), middle.reduce((a, b) => a + b, 0) / middle.length);
  }
  return medians;
}
