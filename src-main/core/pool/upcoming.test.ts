import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { workHours } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe("the start panel's assignments", () => {
  it("lists today's and tomorrow's (Rheine dates) by time, without cancelled ones, and follows the clock", async () => {
    // Clock: Mon 23 Nov 2026, 09:00 in Rheine.
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const book = async (start: string) => (await t.must('pool.bookingCreate', booking(req, start))).ids[0]!;
    const afternoon = await book('2026-11-23T14:00');
    const morning = await book('2026-11-23T10:00');
    const tomorrow = await book('2026-11-24T23:30');
    const cancelled = await book('2026-11-24T08:00');
    const later = await book('2026-11-25T00:00');
    await t.must('pool.assignmentCancel', { id: cancelled, by: 'requester', reason: '' });
    await t.must('pool.assignmentPropose', { id: morning, interpreterId: laila.id });

    const now = await t.must('pool.upcoming', {});
    expect([now.today, now.tomorrow]).toEqual(['2026-11-23', '2026-11-24']);
    expect(now.rows.map((r) => r.id)).toEqual([morning, afternoon, tomorrow]);
    expect(now.rows[0]!.interpreterName).toBe('Laila Haddad (ليلى حداد)');

    // 16 hours later it is Tuesday in Rheine: Monday's drop out, Wednesday's come in.
    await workHours(t, 16);
    const next = await t.must('pool.upcoming', {});
    expect(next.today).toBe('2026-11-24');
    expect(next.rows.map((r) => r.id)).toEqual([tomorrow, later]);
  });
});
