import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/temp-core';
import { booking, interpreter, passTime, requester, startPoolCore } from './test-support';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

async function confirmed(interpreterId: number, req: number, start: string, over: Record<string, unknown> = {}): Promise<number> {
  const [id] = (await t.must('pool.bookingCreate', booking(req, start, over))).ids;
  await t.must('pool.assignmentPropose', { id: id!, interpreterId });
  await t.must('pool.assignmentConfirm', { id: id! });
  return id!;
}

describe('fee statement of one interpreter for one month', () => {
  it('adds hours, travel and a late cancellation as worked out by hand', async () => {
    // Clock: Mon 23 Nov 2026, 09:00 in Rheine.
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const a = await confirmed(laila.id, req, '2026-11-23T10:00', { durationMinutes: 90 });
    const b = await confirmed(laila.id, req, '2026-11-23T13:00', { durationMinutes: 60, setting: 'phone', address: '' });
    const c = await confirmed(laila.id, req, '2026-11-24T08:00', { durationMinutes: 120 });
    const d = await confirmed(laila.id, req, '2026-11-26T10:00', { durationMinutes: 60 });
    // Early cancellation (3 days ahead): not paid.
    await t.must('pool.assignmentCancel', { id: d, by: 'requester', reason: '' });
    // At 10:00 on the 23rd, the practice cancels tomorrow 08:00 (22 h ahead): late.
    await passTime(t, 1);
    const late = await t.must('pool.assignmentCancel', { id: c, by: 'requester', reason: '' });
    expect(late.lateCancellation).toBe(true);
    await passTime(t, 5);
    await t.must('pool.assignmentComplete', { id: a, actualMinutes: 100, travelKm: 14 });
    await t.must('pool.assignmentComplete', { id: b, actualMinutes: null, travelKm: null });

    const s = await t.must('pool.feeStatement', { interpreterId: laila.id, month: '2026-11' });
    // a: 100 min on site → 20 € + 2 started half hours × 10 € = 40 €; 14 km × 0.28 € = 3.92 €.
    // b: 60 min by phone → 20 €; no travel.
    // c: 120 min booked, cancelled 22 h ahead → booked time up to 1 h → 20 €.
    // d: cancelled 3 days ahead → nothing, not listed.
    // Total: 40 + 3.92 + 20 + 20 = 83.92 €.
    expect(s.lines.map((l) => [l.assignmentId, l.minutes, l.timeCents, l.travelKm, l.travelCents, l.totalCents])).toEqual([
      [a, 100, 4000, 14, 392, 4392],
      [b, 60, 2000, 0, 0, 2000],
      [c, 60, 2000, 0, 0, 2000],
    ]);
    expect(s.totals).toEqual({ minutes: 220, timeCents: 8000, travelKm: 14, travelCents: 392, cancellationCents: 2000, totalCents: 8392 });

    const csv = await t.must('pool.feeStatementExport', { interpreterId: laila.id, month: '2026-11' });
    expect(csv.filename).toBe('honorar-Laila-Haddad-2026-11.csv');
    expect(csv.content.startsWith('\uFEFFEinsatz,Beginn,')).toBe(true);
    expect(csv.content).toContain('\r\nSumme,,,220,80.00,14,3.92,20.00,83.92\r\n');
  });
});
