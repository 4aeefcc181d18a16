import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentSummary } from '../../contract/pool';
import { booking, feedback, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';
import { workHours } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

/**
 * Every list of sessions reads its rows in one joined statement (`summariesOf`): the requester's
 * name, the interpreter's name (native script in brackets only when it differs), no interpreter for
 * an open request, and whether feedback exists must come out the same in each list.
 */
describe('a session as a list row', () => {
  it('carries the same names and feedback flag in the assignment list, week plan, start panel and detail', async () => {
    // Clock: Mon 23 Nov 2026, 09:00 in Rheine.
    const laila = await t.must('pool.interpreterSave', interpreter());
    const omar = await t.must('pool.interpreterSave', interpreter({ nameNative: 'Omar Yilmaz', nameLatin: 'Omar Yilmaz', gender: 'male' }));
    const req = await requester(t);
    const book = async (start: string) => (await t.must('pool.bookingCreate', booking(req, start))).ids[0]!;
    const withFeedback = await book('2026-11-23T09:30');
    const proposed = await book('2026-11-23T14:00');
    const open = await book('2026-11-24T10:00');
    await t.must('pool.assignmentPropose', { id: withFeedback, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: withFeedback });
    await t.must('pool.assignmentPropose', { id: proposed, interpreterId: omar.id });
    await workHours(t, 2);
    await t.must('pool.assignmentComplete', { id: withFeedback, actualMinutes: 60, travelKm: 0 });
    await t.must('pool.feedbackSave', feedback(withFeedback));

    const expected: Record<number, Partial<AssignmentSummary>> = {
      [withFeedback]: { status: 'done', requesterName: 'Praxis Dr. Beispiel', interpreterId: laila.id, interpreterName: 'Laila Haddad (ليلى حداد)', hasFeedback: true, clientReference: 'A.K.' },
      [proposed]: { status: 'proposed', requesterName: 'Praxis Dr. Beispiel', interpreterId: omar.id, interpreterName: 'Omar Yilmaz', hasFeedback: false },
      [open]: { status: 'requested', requesterName: 'Praxis Dr. Beispiel', interpreterId: null, interpreterName: null, hasFeedback: false, start: '2026-11-24T10:00', end: '2026-11-24T11:00', durationMinutes: 60 },
    };
    const check = (rows: AssignmentSummary[]) => {
      expect(rows.map((r) => r.id)).toEqual([withFeedback, proposed, open]);
      for (const r of rows) expect(r).toMatchObject({ ...expected[r.id], requesterId: req, seriesId: null, language: 'ar', setting: 'onSite' });
    };

    check((await t.must('pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null, offset: 0, limit: 50 })).rows);
    check((await t.must('pool.calendarWeek', { weekStart: '2026-11-23', interpreterId: null })).rows);
    check((await t.must('pool.upcoming', {})).rows);
    expect(await t.must('pool.assignmentGet', { id: withFeedback })).toMatchObject(expected[withFeedback]!);
    expect((await t.must('pool.calendarWeek', { weekStart: '2026-11-23', interpreterId: omar.id })).rows.map((r) => r.id)).toEqual([proposed]);
  });
});
