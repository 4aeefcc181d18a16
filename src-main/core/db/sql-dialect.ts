/**
 * SQL expressions that differ between database engines, written once so queries elsewhere stay
 * portable (PostgreSQL is planned for district-wide installations). Each takes column
 * expressions from the query builder (e.g. `c.started_on`) and returns an expression. Times are
 * stored as ISO 8601 text (UTC instants `…Z`, local dates `yyyy-MM-dd`).
 */

/** Days from `earlier` to `later` (fractional), both ISO times or dates. */
export const daysBetween = (later: string, earlier: string): string => `(julianday(${later}) - julianday(${earlier}))`;

/** `yyyy-MM` of an ISO date or time. */
export const yearMonth = (column: string): string => `substr(${column}, 1, 7)`;

/** `yyyy-Qn` of an ISO date. */
export const yearQuarter = (column: string): string =>
  `(substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3))`;
