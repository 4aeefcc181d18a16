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
