import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressLine, type CellMark, type SuppressedLine } from './suppression';

/**
 * The attacker of suppression.ts, written independently of it: from the published numbers and the
 * marks it works out every value each suppressed cell could have (small: 1 … t − 1, hidden: t …
 * total, zero cells published). A line leaks when some suppressed cell has only one possible value.
 */
function possibleValues(values: readonly number[], line: SuppressedLine, threshold: number): Map<number, Set<number>> {
  const result = new Map<number, Set<number>>();
  if (line.total === 'hidden') return result;
  const total = values.reduce((a, b) => a + b, 0);
  const suppressed = line.cells.flatMap((m, i) => (m === 'shown' ? [] : [i]));
  const rest = total - values.reduce((sum, v, i) => (line.cells[i] === 'shown' ? sum + v : sum), 0);
  const range = (mark: CellMark): [number, number] => (mark === 'small' ? [1, threshold - 1] : [threshold, total]);
  for (const i of suppressed) {
    // Sums the other suppressed cells can make together.
    let sums = new Set([0]);
    for (const j of suppressed) {
      if (j === i) continue;
      const [lo, hi] = range(line.cells[j]!);
      const next = new Set<number>();
      for (const s of sums) for (let v = lo; v <= hi && s + v <= rest; v++) next.add(s + v);
      sums = next;
    }
    const [lo, hi] = range(line.cells[i]!);
    const options = new Set<number>();
    for (let v = lo; v <= hi; v++) if (sums.has(rest - v)) options.add(v);
    result.set(i, options);
  }
  return result;
}

function expectNoLeak(values: number[], threshold: number): SuppressedLine {
  const line = suppressLine(values, threshold);
  values.forEach((v, i) => {
    if (v > 0 && v < threshold) expect(line.cells[i], `cell ${i} (${v}) of [${values}] must be suppressed`).not.toBe('shown');
  });
  for (const [i, options] of possibleValues(values, line, threshold)) {
    expect(options.has(values[i]!), `the true value of cell ${i} must stay possible`).toBe(true);
    expect(options.size, `cell ${i} of [${values}] is recoverable as ${[...options]}`).toBeGreaterThan(1);
  }
  return line;
}

describe('small-count suppression', () => {
  it('publishes a line without small counts unchanged', () => {
    expect(suppressLine([12, 0, 7, 30], 5)).toEqual({ cells: ['shown', 'shown', 'shown', 'shown'], total: 'shown' });
  });

  it('hides a second cell so the total does not give the small one back', () => {
    const line = expectNoLeak([3, 9, 40], 5);
    expect(line.cells).toEqual(['small', 'hidden', 'shown']);
  });

  it('hides more when one cell hidden beside a 1 would be recoverable (1 + 5 = 6)', () => {
    // With only the 5 hidden, 6 − 5 = 1 is the only split: hidden ≥ 5 and small ≥ 1.
    const line = expectNoLeak([1, 5, 20, 30], 5);
    expect(line.cells).toEqual(['small', 'hidden', 'hidden', 'shown']);
  });

  it('two small cells both at the top (4 + 4) or both at 1 are not left alone', () => {
    expect(expectNoLeak([4, 4, 100], 5).cells).toContain('hidden');
    expect(expectNoLeak([1, 1, 100], 5).cells).toContain('hidden');
  });

  it('two small cells with room between them need nothing else', () => {
    expect(expectNoLeak([2, 3, 100], 5).cells).toEqual(['small', 'small', 'shown']);
  });

  it('hides the total when no cell can protect the line', () => {
    expect(suppressLine([1, 5], 5).total).toBe('hidden');
    expect(suppressLine([2, 0, 0], 5).total).toBe('hidden');
  });

  it('never leaks for any line and threshold (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 3, max: 7 }), (values, threshold) => {
        expectNoLeak(values, threshold);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a threshold below 3', () => {
    expect(() => suppressLine([1, 2], 2)).toThrow();
  });
});
