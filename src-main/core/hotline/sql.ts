/** `%term%` for LIKE with `\` as escape, so `%` and `_` typed by a user match themselves. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
