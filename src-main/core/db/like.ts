/**
 * `%term%` for `LIKE :param ESCAPE '\'`, so `%` and `_` typed by a user match themselves rather
 * than everything. Every search-as-you-type query uses it (and the same ESCAPE clause).
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The clause to write after LIKE, the same in SQLite and PostgreSQL. */
export const LIKE_ESCAPE = `ESCAPE '\\'`;
