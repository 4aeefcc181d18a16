import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endNotBefore, id, localDate, localDateTime, localTime, month, picked, wholeNumber } from './fields';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('date and number fields of the contract', () => {
  it('accept only real calendar dates in the accepted years', () => {
    for (const ok of ['2026-11-23', '2024-02-29', '1950-01-01', '2099-12-31']) expect(localDate.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2026-13-01', '2026-02-30', '2025-02-29', '0000-00-00', '9999-99-99', '1900-01-01', '2999-01-01', '2026-1-1', '', ' 2026-11-23', 'x'])
      expect(messages(localDate, bad), bad).toEqual([':validation:date']);
  });

  it('accept only real times and date-times', () => {
    expect(localTime.safeParse('23:59').success).toBe(true);
    for (const bad of ['24:00', '25:61', '9:30', 'T25:61']) expect(messages(localTime, bad), bad).toEqual([':validation:time']);
    expect(localDateTime.safeParse('2026-11-23T09:30').success).toBe(true);
    for (const bad of ['2026-11-23T25:61', '2026-02-30T10:00', '9999-99-99T10:00', '2026-11-23 09:30'])
      expect(messages(localDateTime, bad), bad).toEqual([':validation:dateTime']);
    expect(month.safeParse('2026-11').success).toBe(true);
    for (const bad of ['2026-13', '2026-00', '1900-01']) expect(messages(month, bad), bad).toEqual([':validation:month']);
  });

  it('say which rule a number broke', () => {
    const places = wholeNumber(0, 500);
    expect(messages(places, -5)).toEqual([':validation:notNegative']);
    expect(messages(places, 501)).toEqual([':validation:outOfRange']);
    expect(messages(places, 1.5)).toEqual([':validation:wholeNumber']);
    expect(messages(wholeNumber(1, 10), 0)).toEqual([':validation:between?min=1&max=10']);
    // A duration of −5 names the range.
    expect(messages(wholeNumber(15, 600), -5)).toEqual([':validation:between?min=15&max=600']);
  });

  it('refuse a period that ends before it starts, on the end field', () => {
    const period = z.strictObject({ from: localDate, to: localDate.or(z.literal('')) }).check(endNotBefore('from', 'to'));
    expect(messages(period, { from: '2026-11-23', to: '2026-11-22' })).toEqual(['to:validation:dateOrder']);
    expect(messages(period, { from: '2026-11-23', to: '2026-11-23' })).toEqual([]);
    expect(messages(period, { from: '2026-11-23', to: '' })).toEqual([]);
  });

  it('say "required" for a choice not yet made, and keep the channel\'s rule for one made', () => {
    const employer = picked(id);
    expect(messages(employer, null)).toEqual([':validation:required']);
    expect(employer.parse(7)).toBe(7);
    expect(employer.safeParse(-1).success).toBe(false);
  });
});
