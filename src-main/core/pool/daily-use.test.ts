import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../testing/files';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe('a coordinator’s week', () => {
  it('does not propose an interpreter who gave the session back, and tells the team it needs someone new', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const omar = await t.must('pool.interpreterSave', interpreter({ nameNative: 'عمر خليل', nameLatin: 'Omar Khalil', gender: 'male' }));
    const req = await requester(t);
    const [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).ids;
    await t.must('pool.assignmentPropose', { id: id!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: id! });
    await t.must('pool.assignmentCancel', { id: id!, by: 'interpreter', reason: 'krank' });

    const match = await t.must('pool.matchProposals', { id: id! });
    expect(match.proposals.map((p) => p.interpreterId)).toEqual([omar.id]);
    expect(match.rejected.find((r) => r.interpreterId === laila.id)?.whyNot).toContain('cancelledThisSession');
    const restaff = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'pool.restaff');
    expect(restaff).toHaveLength(1);
    expect(restaff[0]).toMatchObject({ subject: { type: 'poolAssignment', id }, ownerUserId: null });

    // Omar takes it: the reminder is done.
    await t.must('pool.assignmentPropose', { id: id!, interpreterId: omar.id });
    await t.must('pool.assignmentConfirm', { id: id! });
    expect((await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'pool.restaff')).toEqual([]);
  });

  it('offers done and no-show only once a session has begun, by the core’s clock', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    // The clock stands at Mon 23 Nov 2026, 09:00 Berlin.
    const [today] = (await t.must('pool.bookingCreate', booking(req, '2026-11-23T10:00'))).ids;
    await t.must('pool.assignmentPropose', { id: today!, interpreterId: laila.id });
    const confirmed = await t.must('pool.assignmentConfirm', { id: today! });
    expect(confirmed.started).toBe(false);
    expect(await t.call('pool.assignmentComplete', { id: today!, actualMinutes: 60, travelKm: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    t.clock.advance(90 * 60_000);
    expect((await t.must('pool.assignmentGet', { id: today! })).started).toBe(true);
  });

  it('shows a proposal that collides with a booking as such in the week plan', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [booked] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).ids;
    const [proposed] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:30', { setting: 'phone', address: '' }))).ids;
    const [later] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T14:00', { setting: 'phone', address: '' }))).ids;
    for (const id of [booked!, proposed!, later!]) await t.must('pool.assignmentPropose', { id, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: booked! });
    expect(await t.call('pool.assignmentConfirm', { id: proposed! })).toMatchObject({ ok: false, error: { code: 'DOUBLE_BOOKING' } });

    const week = await t.must('pool.calendarWeek', { weekStart: '2026-11-30', interpreterId: null });
    expect(week.total).toBe(week.rows.length);
    const flag = (id: number) => week.rows.find((r) => r.id === id)?.overlapsBooking ?? false;
    expect([flag(booked!), flag(proposed!), flag(later!)]).toEqual([false, true, false]);
  });

  it('takes initials or a case number as the client reference, never a description', async () => {
    const req = await requester(t);
    for (const ok of ['A.K.', 'AK', 'A. K. M.', 'K-2026-017', 'Fall 17', '']) {
      expect((await t.call('pool.bookingCreate', booking(req, '2026-12-01T10:00', { clientReference: ok }))).ok, ok).toBe(true);
    }
    for (const bad of ['PTBS Depression', 'Angststörung', 'Frau Müller']) {
      expect(await t.call('pool.bookingCreate', booking(req, '2026-12-01T10:00', { clientReference: bad })), bad).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'clientReference', message: 'pool:validation.clientReference' }] } },
      });
    }
  });

  it('puts no topic into the calendar file interpreters take into their own calendars', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { topic: 'mentalHealth' }))).ids;
    await t.must('pool.assignmentPropose', { id: id!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: id! });
    const ics = textOf(await t.must('pool.calendarExport', { interpreterId: laila.id }));
    expect(ics).toContain('SUMMARY:Sprachmittlung AR (vor Ort)');
    expect(ics).not.toMatch(/Psychische|Gesundheit|mental/i);
  });
});
