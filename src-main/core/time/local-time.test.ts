import { describe, expect, it } from 'vitest';
import { addLocalDays, fromLocalDateTime, toLocalDate, toLocalDateTime } from './local-time';

describe('installation-local time', () => {
  it('shows instants in Rheine’s wall-clock time, whatever the machine’s zone', () => {
    expect(toLocalDateTime(new Date('2026-11-24T13:00:00Z'))).toBe('2026-11-24T14:00'); // CET, UTC+1
    expect(toLocalDateTime(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00'); // CEST, UTC+2
    expect(toLocalDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('turns wall-clock times back into instants across daylight-saving changes', () => {
    expect(fromLocalDateTime('2026-11-24T14:00').toISOString()).toBe('2026-11-24T13:00:00.000Z');
    expect(fromLocalDateTime('2026-03-30T09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(fromLocalDateTime('2026-03-28').toISOString()).toBe('2026-03-27T23:00:00.000Z');
  });

  it('adds calendar days', () => {
    expect(addLocalDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
