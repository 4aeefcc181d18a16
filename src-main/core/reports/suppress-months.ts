import type { ReportCell } from '../../contract';
import { isSmall, suppressLine, type CellMark } from './suppression';

const cellOf = (value: number, mark: CellMark): ReportCell => (mark === 'shown' ? { value, mark } : { value: null, mark });

export interface MonthGrid {
  /** One row per month, one count per column; every row of every grid adds up to the same month total. */
  rows: number[][];
}

export interface PublishedMonthGrids {
  /** Per month: its total (shown as the grid's last column). */
  monthTotals: ReportCell[];
  /** Per grid, per month, per column. */
  grids: ReportCell[][][];
  grandTotal: ReportCell;
}

/**
 * Publishes breakdowns of the same records by month and one more dimension (calls by month × topic
 * and month × routing): every row of every grid adds up to that month's total, and the months add
 * up to the grand total. The month totals are published (they can be worked out from a fully
 * shown row anyway), so each level is suppressed as a line of suppression.ts:
 * - the month totals as a line adding up to the grand total;
 * - each month's row of each grid as a line adding up to the month total when that is shown;
 *   a row that cannot be protected by its cells forces its month total hidden, and the month line
 *   is suppressed again (until nothing changes);
 * - a month whose total is suppressed shows its small cells as small (with the total unknown, a
 *   small cell in [1, t − 1] cannot be pinned down by the row), and hides its smallest cell when
 *   none is small, so that no grid adds the hidden month total up in the open.
 * `totalHidden`: another breakdown of the same records had to hide the grand total, so the month
 * totals must not add up to it in the open (at least one month total is hidden).
 */
export function suppressMonthGrids(grids: readonly MonthGrid[], threshold: number, options: { totalHidden?: boolean } = {}): PublishedMonthGrids {
  const months = grids[0]?.rows.length ?? 0;
  const totals = Array.from({ length: months }, (_, m) => (grids[0]?.rows[m] ?? []).reduce((a, b) => a + b, 0));
  const forced = totals.map(() => false);
  for (;;) {
    const monthLine = suppressLine(totals, threshold, forced);
    const rowLines = grids.map((grid) =>
      grid.rows.map((row, m) => {
        if (monthLine.cells[m] !== 'shown') {
          // The month's total is not published: no row may add up to it in the open either.
          const cells = row.map((v): CellMark => (isSmall(v, threshold) ? 'small' : 'shown'));
          if (cells.every((c, i) => c === 'shown' || row[i] === 0)) {
            let pick = -1;
            row.forEach((v, i) => {
              if (v > 0 && (pick < 0 || v < row[pick]!)) pick = i;
            });
            if (pick >= 0) cells[pick] = 'hidden';
          }
          return { cells, total: 'hidden' as const };
        }
        return suppressLine(row, threshold);
      }),
    );
    let changed = false;
    rowLines.forEach((lines) =>
      lines.forEach((line, m) => {
        if (line.total === 'hidden' && monthLine.cells[m] === 'shown') {
          forced[m] = true;
          changed = true;
        }
      }),
    );
    if (!changed && options.totalHidden && monthLine.cells.every((c) => c === 'shown')) {
      let pick = -1;
      totals.forEach((v, m) => {
        if (v > 0 && !forced[m] && (pick < 0 || v < totals[pick]!)) pick = m;
      });
      if (pick >= 0) {
        forced[pick] = true;
        changed = true;
      }
    }
    if (changed) continue;
    const grandTotal = totals.reduce((a, b) => a + b, 0);
    return {
      monthTotals: totals.map((v, m) => cellOf(v, monthLine.cells[m]!)),
      grids: grids.map((grid, g) => grid.rows.map((row, m) => row.map((v, c) => cellOf(v, rowLines[g]![m]!.cells[c]!)))),
      grandTotal: isSmall(grandTotal, threshold) ? cellOf(grandTotal, 'small') : cellOf(grandTotal, options.totalHidden ? 'hidden' : monthLine.total),
    };
  }
}
