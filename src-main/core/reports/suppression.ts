/**
 * Small-count suppression for council reports: a count between 1 and threshold − 1 could name a
 * person in a town ("the one Tigrinya session about mental health"), so it is never published.
 *
 * Primary suppression hides those cells ("< 5"). Secondary suppression hides more cells (or the
 * total) so the published total cannot give a hidden cell back by subtraction.
 *
 * The attacker we protect against knows the threshold, the published numbers and which cells are
 * small or hidden: a small cell lies in [1, t − 1], a hidden one in [t, ∞) (it would be small
 * otherwise). A line is safe when every suppressed cell still has at least two possible values:
 * - with at least one hidden cell: R − k − s·t ≥ 1, where R is the sum of the suppressed cells,
 *   k the number of small and s the number of hidden cells (each small cell can then be 1 or 2,
 *   each hidden cell t or t + 1);
 * - with small cells only (k ≥ 2): k + 1 ≤ R ≤ k·(t − 1) − 1 (not all at the bottom or the top).
 * Zero is published: it names nobody, and it is a fact the attacker may use (the test does).
 */

export type CellMark = 'shown' | 'small' | 'hidden';

export interface SuppressedLine {
  cells: CellMark[];
  /** The total is hidden only when no choice of cells could protect the line otherwise. */
  total: 'shown' | 'hidden';
}

/** The lowest threshold an admin may set: below 3, "< 3" would still tell 1 from 2 too often. */
export const MIN_THRESHOLD = 3;
export const DEFAULT_THRESHOLD = 5;

export const isSmall = (value: number, threshold: number): boolean => value > 0 && value < threshold;

/** Whether a line with these suppressed cells and a published total lets no suppressed cell be worked out. */
export function lineIsSafe(values: readonly number[], cells: readonly CellMark[], threshold: number): boolean {
  let k = 0;
  let s = 0;
  let sum = 0;
  cells.forEach((mark, i) => {
    if (mark === 'shown') return;
    sum += values[i]!;
    if (mark === 'small') k++;
    else s++;
  });
  if (k === 0 && s === 0) return true;
  // A single suppressed cell is the total minus the shown ones (reached only when a cell was forced hidden).
  if (k + s === 1) return false;
  if (s > 0) return sum - k - s * threshold >= 1;
  return k >= 2 && sum >= k + 1 && sum <= k * (threshold - 1) - 1;
}

/**
 * Suppresses one line of counts that adds up to a published total (a breakdown by language, by
 * topic …). Cells are hidden smallest first, because a small hidden cell loses the least
 * information; when even hiding every non-zero cell is not enough, the total is hidden instead.
 */
export function suppressLine(values: readonly number[], threshold: number, alreadyHidden: readonly boolean[] = []): SuppressedLine {
  if (threshold < MIN_THRESHOLD) throw new Error(`threshold ${threshold} is below ${MIN_THRESHOLD}`);
  // `alreadyHidden`: cells another table forced hidden (a month whose total had to go).
  const cells: CellMark[] = values.map((v, i) => (isSmall(v, threshold) ? 'small' : alreadyHidden[i] && v > 0 ? 'hidden' : 'shown'));
  while (!lineIsSafe(values, cells, threshold)) {
    let pick = -1;
    values.forEach((v, i) => {
      if (cells[i] === 'shown' && v > 0 && (pick < 0 || v < values[pick]!)) pick = i;
    });
    if (pick < 0) return { cells, total: 'hidden' };
    cells[pick] = 'hidden';
  }
  return { cells, total: 'shown' };
}

/** A single published count without a total (active interpreters, open follow-ups). */
export const suppressCount = (value: number, threshold: number): CellMark => (isSmall(value, threshold) ? 'small' : 'shown');
