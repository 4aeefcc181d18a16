import { describe, expect, it } from 'vitest';
import type { ReportCell } from '../../contract';
import { suppressMonthGrids } from './suppress-months';

const T = 5;
const marks = (cells: ReportCell[]) => cells.map((c) => (c.mark === 'shown' ? c.value : c.mark));

/**
 * The attacker: knows the threshold, every shown number, which cells are small ([1, t − 1]) or
 * hidden ([t, ∞)), that each row of each grid adds up to its month total and that the months add
 * up to the grand total. Returns, for every suppressed cell and month total, the values it can
 * still have; a set of one is a leak.
 */
function possibleValues(published: ReturnType<typeof suppressMonthGrids>, bound: number): Map<string, Set<number>> {
  const domain = (c: ReportCell): number[] => {
    if (c.mark === 'shown') return [c.value!];
    if (c.mark === 'small') return [1, 2, 3, 4].slice(0, T - 1);
    return Array.from({ length: bound - T + 1 }, (_, i) => T + i);
  };
  const found = new Map<string, Set<number>>();
  const note = (key: string, v: number) => (found.get(key) ?? found.set(key, new Set()).get(key)!).add(v);
  // Every way a row's suppressed cells can add up to `total`: the values each cell takes in some of them.
  const rowSolutions = (cells: ReportCell[], total: number): Set<number>[] | null => {
    const seen = cells.map(() => new Set<number>());
    let any = false;
    const walk = (i: number, sum: number, chosen: number[]) => {
      if (sum > total) return;
      if (i === cells.length) {
        if (sum !== total) return;
        any = true;
        chosen.forEach((v, j) => seen[j]!.add(v));
        return;
      }
      for (const v of domain(cells[i]!)) walk(i + 1, sum + v, [...chosen, v]);
    };
    walk(0, 0, []);
    return any ? seen : null;
  };
  const months = published.monthTotals;
  const walkMonths = (m: number, totals: number[]) => {
    if (m === months.length) {
      const sum = totals.reduce((a, b) => a + b, 0);
      if (!domain(published.grandTotal).includes(sum)) return;
      const rows = published.grids.map((grid) => grid.map((row, i) => rowSolutions(row, totals[i]!)));
      if (rows.some((grid) => grid.some((r) => r === null))) return;
      totals.forEach((v, i) => note(`month ${i}`, v));
      rows.forEach((grid, g) => grid.forEach((r, i) => r!.forEach((values, c) => values.forEach((v) => note(`grid ${g} month ${i} cell ${c}`, v)))));
      return;
    }
    for (const v of domain(months[m]!)) walkMonths(m + 1, [...totals, v]);
  };
  walkMonths(0, []);
  return found;
}

function expectNoLeak(published: ReturnType<typeof suppressMonthGrids>, bound: number) {
  const values = possibleValues(published, bound);
  const suppressed: string[] = [];
  published.monthTotals.forEach((c, i) => c.mark !== 'shown' && suppressed.push(`month ${i}`));
  published.grids.forEach((grid, g) => grid.forEach((row, i) => row.forEach((c, j) => c.mark !== 'shown' && suppressed.push(`grid ${g} month ${i} cell ${j}`))));
  for (const key of suppressed) expect(values.get(key)!.size, key).toBeGreaterThan(1);
}

describe('suppressing month breakdowns that share their month totals', () => {
  it('hides the larger cell beside a 2 when the month total is shown', () => {
    const published = suppressMonthGrids([{ rows: [[8, 2]] }, { rows: [[10]] }], T);
    expect(marks(published.monthTotals)).toEqual([10]);
    expect(marks(published.grids[0]![0]!)).toEqual(['hidden', 'small']);
    expect(marks(published.grids[1]![0]!)).toEqual([10]);
    expectNoLeak(published, 12);
  });

  it('hides a month total a row cannot protect, and every row that would add it up in the open', () => {
    // Month 1: topics 1 + 5; without hiding its total 6, the 1 follows from 6 − 5 whatever else is hidden.
    const published = suppressMonthGrids(
      [
        { rows: [[1, 5], [10, 10]] },
        { rows: [[6], [20]] },
      ],
      T,
    );
    expect(published.monthTotals[0]!.mark).not.toBe('shown');
    // One hidden month total alone would be the grand total minus the other.
    expect(published.monthTotals[1]!.mark).not.toBe('shown');
    // The routing grid's single column is each month's total: it is hidden too.
    expect(published.grids[1]!.map((row) => row[0]!.mark)).toEqual(['hidden', 'hidden']);
    expectNoLeak(published, 26);
  });

  it('hides the month totals when another breakdown had to hide the grand total', () => {
    const published = suppressMonthGrids([{ rows: [[6], [7]] }], T, { totalHidden: true });
    expect(published.grandTotal.mark).toBe('hidden');
    expect(published.monthTotals.some((c) => c.mark !== 'shown')).toBe(true);
  });

  it('publishes every cell of a month when nothing is small', () => {
    const published = suppressMonthGrids([{ rows: [[7, 0, 9]] }, { rows: [[16]] }], T);
    expect(marks(published.grids[0]![0]!)).toEqual([7, 0, 9]);
    expect(published.grandTotal).toEqual({ value: 16, mark: 'shown' });
  });
});
