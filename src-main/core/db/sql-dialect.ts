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

/**
 * Whole days (24-hour periods, cut toward zero) from `earlier` to `later`, both ISO times.
 * Counted in milliseconds first, so an exact day is never 0.9999… after floating-point rounding.
 */
export const wholeDaysBetween = (later: string, earlier: string): string =>
  `(CAST(ROUND((julianday(${later}) - julianday(${earlier})) * 86400000) AS INTEGER) / 86400000)`;
