import { describe, expect, it } from 'vitest';
import { ratesFor, sessionFee, timeFeeCents } from './fees';
import { DEFAULT_POOL_SETTINGS } from './settings';

const rates = ratesFor({ firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null }, DEFAULT_POOL_SETTINGS);

describe('fee rule: 20 € first hour, 10 € per further started half hour, 0.28 €/km', () => {
  it.each([
    [0, 0],
    [30, 2000],
    [60, 2000],
    [61, 3000],
    [90, 3000],
    [91, 4000],
    [120, 4000],
    [150, 5000],
  ])('%i minutes → %i cents', (minutes, cents) => {
    expect(timeFeeCents(minutes, rates)).toBe(cents);
  });

  it('pays a late cancellation the booked time up to one hour, nothing for an early or interpreter cancellation', () => {
    const base = { setting: 'onSite' as const, durationMinutes: 120, actualMinutes: null, travelKm: 12 };
    expect(sessionFee({ ...base, status: 'cancelled', cancelledBy: 'requester', lateCancellation: true }, rates)).toMatchObject({ minutes: 60, timeCents: 2000, travelCents: 0, cancellationCents: 2000, payable: true });
    expect(sessionFee({ ...base, status: 'cancelled', cancelledBy: 'requester', lateCancellation: false }, rates).payable).toBe(false);
    expect(sessionFee({ ...base, status: 'cancelled', cancelledBy: 'interpreter', lateCancellation: true }, rates).payable).toBe(false);
  });

  it('uses the interpreter’s own rates and flat travel rule', () => {
    const own = ratesFor({ firstHourCents: 2500, furtherHalfHourCents: 1200, kmCents: null, travelFlatCents: 500 }, DEFAULT_POOL_SETTINGS);
    expect(sessionFee({ status: 'done', setting: 'onSite', durationMinutes: 90, actualMinutes: null, travelKm: 40, cancelledBy: null, lateCancellation: false }, own)).toMatchObject({
      timeCents: 3700,
      travelCents: 500,
    });
  });
});
