import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { textOf } from '../testing/files';
import { workHours } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe('assignment flow through the router', () => {
  it('makes double booking impossible when two confirmations race', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const first = await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'));
    // Phone at 10:30 overlaps the on-site 10:00–11:00 directly.
    const second = await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:30', { setting: 'phone', address: '' }));
    const a = first.ids[0]!;
    const b = second.ids[0]!;
    // Both may be proposed: nothing is confirmed yet.
    await t.must('pool.assignmentPropose', { id: a, interpreterId: laila.id });
    await t.must('pool.assignmentPropose', { id: b, interpreterId: laila.id });

    const results = await Promise.all([t.core.call('pool.assignmentConfirm', { id: a }), t.core.call('pool.assignmentConfirm', { id: b })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error.code))).toEqual(['DOUBLE_BOOKING']);
    const statuses = await Promise.all([a, b].map(async (id) => (await t.must('pool.assignmentGet', { id })).status));
    expect(statuses.sort()).toEqual(['confirmed', 'proposed']);
  });

  it('respects the travel buffer between two on-site jobs at confirmation', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [a] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00'))).ids;
    const [b] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T11:15'))).ids;
    await t.must('pool.assignmentPropose', { id: a!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: a! });
    // Proposing into the buffer is refused as a double booking too.
    expect(await t.call('pool.assignmentPropose', { id: b!, interpreterId: laila.id })).toMatchObject({ ok: false, error: { code: 'DOUBLE_BOOKING' } });
    const match = await t.must('pool.matchProposals', { id: b! });
    expect(match.rejected).toEqual([expect.objectContaining({ interpreterId: laila.id, whyNot: ['overlap'] })]);
  });

  it('refuses an interpreter outside the mental-health pool for a mental-health session', async () => {
    const omar = await t.must('pool.interpreterSave', interpreter({ nameNative: 'عمر', nameLatin: 'Omar', gender: 'male', focusPools: ['general'] }));
    const req = await requester(t);
    const [a] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { topic: 'mentalHealth' }))).ids;
    expect(await t.call('pool.assignmentPropose', { id: a!, interpreterId: omar.id })).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
  });

  it('cancels or re-staffs one session of a weekly series and leaves the others intact', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const sara = await t.must('pool.interpreterSave', interpreter({ nameNative: 'سارة', nameLatin: 'Sara Nasser' }));
    const req = await requester(t);
    const series = await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { topic: 'mentalHealth', sensitivity: 'sensitive', weeklyCount: 4 }));
    expect(series.ids).toHaveLength(4);
    const sessions = await Promise.all(series.ids.map((id) => t.must('pool.assignmentGet', { id })));
    expect(sessions.map((s) => s.start)).toEqual(['2026-11-30T10:00', '2026-12-07T10:00', '2026-12-14T10:00', '2026-12-21T10:00']);
    expect(new Set(sessions.map((s) => s.seriesId))).toEqual(new Set([series.seriesId]));
    for (const id of series.ids) {
      await t.must('pool.assignmentPropose', { id, interpreterId: laila.id });
      await t.must('pool.assignmentConfirm', { id });
    }
    const [, second, third] = series.ids as [number, number, number, number];
    // The client cancels the second session; the interpreter drops out of the third.
    await t.must('pool.assignmentCancel', { id: second, by: 'requester', reason: '' });
    const dropped = await t.must('pool.assignmentCancel', { id: third, by: 'interpreter', reason: 'krank' });
    expect(dropped).toMatchObject({ status: 'requested', interpreterId: null });
    expect(dropped.history.at(-1)).toMatchObject({ from: 'confirmed', to: 'requested', cancelledBy: 'interpreter', note: 'krank', userName: 'Carla Koordination' });
    // Re-staff the third with someone else.
    await t.must('pool.assignmentPropose', { id: third, interpreterId: sara.id });
    await t.must('pool.assignmentConfirm', { id: third });

    const after = await Promise.all(series.ids.map((id) => t.must('pool.assignmentGet', { id })));
    expect(after.map((s) => [s.status, s.interpreterId])).toEqual([
      ['confirmed', laila.id],
      ['cancelled', laila.id],
      ['confirmed', sara.id],
      ['confirmed', laila.id],
    ]);
    expect(after[1]!.lateCancellation).toBe(false);
  });

  it('walks requested → proposed → confirmed → done with feedback, and keeps unmet demand', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [a] = (await t.must('pool.bookingCreate', booking(req, '2026-11-23T10:00'))).ids;
    expect(await t.call('pool.assignmentConfirm', { id: a! })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    await t.must('pool.assignmentPropose', { id: a!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: a! });
    // 09:00 in Rheine: the session has not begun.
    expect(await t.call('pool.assignmentComplete', { id: a!, actualMinutes: null, travelKm: 8 })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    await workHours(t, 3);
    const done = await t.must('pool.assignmentComplete', { id: a!, actualMinutes: 75, travelKm: 8 });
    expect(done.history.map((h) => h.to)).toEqual(['requested', 'proposed', 'confirmed', 'done']);
    expect((await t.must('tasks.mine', {})).rows.map((x) => x.kind)).toEqual(['pool.missingFeedback']);
    expect(await t.must('pool.missingFeedback', {})).toMatchObject({ rows: [{ id: a }], total: 1 });

    await t.must('pool.feedbackSave', {
      assignmentId: a!,
      accuracy: 5,
      role: 4,
      punctuality: 5,
      confidentiality: 5,
      overall: 5,
      comment: '',
      emotionalLoad: 4,
      supervisionWish: true,
      debrief: '',
      clientRating: null,
      clientComment: '',
    });
    expect((await t.must('tasks.mine', {})).rows).toEqual([]);
    expect(await t.must('pool.missingFeedback', {})).toMatchObject({ rows: [], total: 0 });
    const [row] = await t.must('pool.quality', {});
    expect(row).toMatchObject({ interpreterId: laila.id, count: 1, averages: { overall: 5, role: 4 }, openSupervisionWishes: 1, lowRating: false });

    const [u] = (await t.must('pool.bookingCreate', booking(req, '2026-11-25T10:00', { language: 'ti' }))).ids;
    await t.must('pool.assignmentUnmet', { id: u!, reason: 'niemand für Tigrinya' });
    expect(await t.must('pool.unmetDemand', {})).toEqual([{ language: 'ti', count: 1 }]);
  });

  it('exports an interpreter’s assignments as iCalendar with local Berlin times', async () => {
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [a] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { address: 'Emsstraße 1, Rheine; 2. OG' }))).ids;
    await t.must('pool.assignmentPropose', { id: a!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: a! });
    const file = await t.must('pool.calendarExport', { interpreterId: laila.id });
    expect(textOf(file)).toContain('DTSTART;TZID=Europe/Berlin:20261130T100000\r\n');
    expect(textOf(file)).toContain('DTEND;TZID=Europe/Berlin:20261130T110000\r\n');
    expect(textOf(file)).toContain('LOCATION:Emsstraße 1\\, Rheine\\; 2. OG\r\n');
    expect(textOf(file)).not.toContain('A.K.');
    for (const line of textOf(file).split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is for coordinators only', async () => {
    await t.must('session.logout', {});
    await t.must('session.login', { username: 'admin.anna', password: 'Lange-Passphrase-42' });
    expect(await t.call('pool.interpretersList', { search: '', status: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
