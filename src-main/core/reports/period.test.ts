import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

describe('report periods', () => {
  it('a quarter and the quarter before, across a year boundary', () => {
    expect(resolvePeriod({ kind: 'quarter', from: '2026-02-17' })).toEqual({
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      previous: { from: '2025-10-01', to: '2025-12-31' },
    });
  });

  it('a month (February of a leap year) and the month before', () => {
    expect(resolvePeriod({ kind: 'month', from: '2028-03-31' })).toMatchObject({ from: '2028-03-01', to: '2028-03-31', previous: { from: '2028-02-01', to: '2028-02-29' } });
  });

  it('a year and the year before', () => {
    expect(resolvePeriod({ kind: 'year', from: '2026-07-01' })).toMatchObject({ from: '2026-01-01', to: '2026-12-31', previous: { from: '2025-01-01', to: '2025-12-31' } });
  });

  it('a custom span and as many days just before it (across the change to summer time)', () => {
    expect(resolvePeriod({ kind: 'custom', from: '2026-04-01', to: '2026-04-10' })).toMatchObject({
      from: '2026-04-01',
      to: '2026-04-10',
      previous: { from: '2026-03-22', to: '2026-03-31' },
    });
  });
});
