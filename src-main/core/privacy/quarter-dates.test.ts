import { describe, expect, it } from 'vitest';
import { roundingShift, roundToQuarter, shiftBy } from './quarter-dates';

describe('dates coarsened to the quarter', () => {
  it('go to the first day of their quarter, each in its own shape', () => {
    expect(roundToQuarter('2026-11-30')).toBe('2026-10-01');
    expect(roundToQuarter('2026-01-01')).toBe('2026-01-01');
    expect(roundToQuarter('2026-06-30T17:45')).toBe('2026-04-01T00:00');
    // Midnight at the installation (Europe/Berlin) in the winter: 23:00 UTC the day before.
    expect(roundToQuarter('2026-11-30T10:15:00.000Z')).toBe('2026-09-30T22:00:00.000Z');
    expect(roundToQuarter('not a date')).toBe('not a date');
  });

  it('count an instant near midnight in the quarter of its local date, as the reports do', () => {
    // 00:30 on 1 April in Berlin is still 31 March in UTC: the local quarter (Q2) wins.
    expect(roundToQuarter('2026-03-31T22:30:00.000Z')).toBe('2026-03-31T22:00:00.000Z');
  });

  it('move the dates beside the rounded one by the same amount, keeping spans', () => {
    const start = '2026-11-30T10:00:00.000Z';
    const shift = roundingShift(start);
    expect(shiftBy('2026-11-30T10:25:00.000Z', shift)).toBe('2026-09-30T22:25:00.000Z');
    expect(shiftBy('2026-12-02T10:00:00.000Z', shift)).toBe('2026-10-02T22:00:00.000Z');
  });
});
