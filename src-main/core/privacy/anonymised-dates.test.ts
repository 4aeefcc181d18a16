import { afterEach, describe, expect, it } from 'vitest';
import { callInput, HANNA, hotlineCore, newEmployer } from '../testing/hotline-fixtures';
import { booking, CARLA, requester } from '../testing/pool-fixtures';
import { colleague, signIn, startModuleCore } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

/**
 * Anonymised rows keep the quarter, not the day: erasure rounds their dates to the quarter's first
 * day and replaces the reference, and the statistics, which count per quarter, agree before and after.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const QUARTERS = [
  { from: '2026-10-01', to: '2026-12-31' },
  { from: '2027-01-01', to: '2027-03-31' },
];

describe('anonymised rows', () => {
  it('keep an assignment in its quarter: start on the quarter day, reference gone, counts per quarter equal', async () => {
    t = await startModuleCore(['pool'], [CARLA]);
    const req = await requester(t);
    const [erased] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { clientReference: 'QX-1' }))).ids as [number];
    await t.must('pool.bookingCreate', booking(req, '2027-02-10T09:00', { clientReference: 'QX-1' }));
    await t.must('pool.bookingCreate', booking(req, '2026-12-01T10:00', { clientReference: 'BM-2' }));
    const perQuarter = async () => Promise.all(QUARTERS.map(async (q) => (await t!.must('pool.assignmentsList', { status: null, interpreterId: null, ...q })).total));
    const before = await perQuarter();
    expect(before).toEqual([2, 1]);

    const admin = await colleague(t, ADMIN, 'admin-pc');
    await admin.must('privacy.erase', { reference: 'QX-1', modules: ['pool'], reason: 'request' });
    expect(await perQuarter()).toEqual(before);
    const after = await t.must('pool.assignmentGet', { id: erased });
    expect(after).toMatchObject({ start: '2026-10-01T00:00', end: '2026-10-01T00:00', durationMinutes: 60 });
    expect(after.clientReference).not.toContain('QX-1');
  });

  it('keep a hotline call in its quarter with its length, and the indicators per quarter agree', async () => {
    t = await hotlineCore();
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const log = async (employeeRef: string) => t!.must('hotline.callLog', { draftId: null, call: await callInput(t!, employer.id, { employeeRef }), followUp: null });
    const erased = await log('A. K.');
    await log('B. M.');
    t.clock.set(new Date('2027-01-15T09:00:00Z'));
    await signIn(t, HANNA);
    await log('A. K.');
    const perQuarter = async () => Promise.all(QUARTERS.map(async (q) => (await t!.must('hotline.indicators', q)).totalCalls));
    const before = await perQuarter();
    expect(before).toEqual([2, 1]);

    const admin = await colleague(t, ADMIN, 'admin-pc');
    expect((await admin.must('privacy.erase', { reference: 'a.k.', modules: ['hotline'], reason: 'request' })).modules[0]).toMatchObject({ anonymised: 2 });
    expect(await perQuarter()).toEqual(before);
    const after = await t.must('hotline.callGet', { id: erased.id });
    // Midnight of 1 October at the installation; the call's length is kept.
    expect(after.startedAt).toBe('2026-09-30T22:00:00.000Z');
    expect(new Date(after.endedAt).getTime() - new Date(after.startedAt).getTime()).toBe(new Date(erased.endedAt).getTime() - new Date(erased.startedAt).getTime());
    expect(JSON.stringify(after)).not.toMatch(/A\. K\./);
  });
});
