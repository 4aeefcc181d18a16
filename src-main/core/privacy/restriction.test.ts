import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../backup/backup-manifest';
import { restoreBackup } from '../backup/restore-backup';
import { APP } from '../composition';
import { reapplyErasuresFor } from '../handlers/composed-handlers';
import { callInput, HANNA, newEmployer } from '../testing/hotline-fixtures';
import { household, startHousingCore } from '../testing/housing-fixtures';
import { booking, CARLA, requester } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, startTestCore, tempDir, type TestCore } from '../testing/test-core';

/**
 * Restriction of processing (SDM M62): a restricted record is kept but left out of lists,
 * searches and matching; opened by direct link it says so; subject access still finds it; every
 * mark and lift is audited without the reason; it survives backup and restore.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const REASON = 'Betroffene bestreitet die Richtigkeit (Art. 18 Abs. 1 lit. a DSGVO)';

describe('restriction of processing', () => {
  it('hides a pool assignment from lists and matching, keeps it for subject access and counts, audits mark and lift', async () => {
    t = await startModuleCore(['pool'], [CARLA]);
    const req = await requester(t);
    const [restricted] = (await t.must('pool.bookingCreate', booking(req, '2026-11-24T10:00', { clientReference: 'RS-1' }))).ids as [number];
    await t.must('pool.bookingCreate', booking(req, '2026-11-24T12:00', { clientReference: 'RS-2' }));
    const listed = async () => (await t!.must('pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null })).rows.map((r) => r.id);
    // Every list's total leaves it out too (counted apart from the page: restriction.ts).
    const totals = async () => [
      (await t!.must('pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null })).total,
      (await t!.must('pool.assignmentsList', { status: 'requested', from: '2026-11-24', to: '2026-11-24', interpreterId: null })).total,
      (await t!.must('pool.calendarWeek', { weekStart: '2026-11-23', interpreterId: null })).total,
      (await t!.must('pool.upcoming', {})).total,
    ];
    expect(await totals()).toEqual([2, 2, 2, 2]);
    const unmetBefore = await t.must('pool.unmetDemand', {});

    const mark = await t.must('restriction.set', { recordType: 'poolAssignment', recordId: restricted, reason: REASON });
    expect(mark).toMatchObject({ reason: REASON, byName: CARLA.displayName });
    expect(await listed()).not.toContain(restricted);
    expect(await totals()).toEqual([1, 1, 1, 1]);
    expect(await t.call('pool.matchProposals', { id: restricted })).toMatchObject({ ok: false, error: { code: 'RECORD_RESTRICTED' } });
    expect(await t.must('pool.unmetDemand', {})).toEqual(unmetBefore);
    // Opened by direct link: still there, and the notice says why.
    expect((await t.must('pool.assignmentGet', { id: restricted })).id).toBe(restricted);
    expect(await t.must('restriction.get', { recordType: 'poolAssignment', recordId: restricted })).toMatchObject({ reason: REASON });
    // The subject still gets it.
    const admin = await colleague(t, ADMIN, 'admin-pc');
    expect((await admin.must('privacy.subjectSearch', { reference: 'RS-1', modules: ['pool'] })).records).toHaveLength(1);
    const exported = await admin.must('privacy.subjectExport', { reference: 'RS-1', modules: ['pool'] });
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain('RS-1');
    // Twice is a conflict; lifting lists it again.
    expect(await t.call('restriction.set', { recordType: 'poolAssignment', recordId: restricted, reason: REASON })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await admin.must('restriction.lift', { recordType: 'poolAssignment', recordId: restricted });
    expect(await listed()).toContain(restricted);
    expect(await totals()).toEqual([2, 2, 2, 2]);
    expect(await t.must('restriction.get', { recordType: 'poolAssignment', recordId: restricted })).toBeNull();

    const trail = await admin.must('audit.list', { filter: { action: 'restrict' } });
    expect(trail.entries.map((e) => [e.userName, e.entity, e.entityId, e.details?.['lifted']])).toEqual(
      expect.arrayContaining([
        [CARLA.displayName, 'poolAssignment', String(restricted), false],
        [ADMIN.displayName, 'poolAssignment', String(restricted), true],
      ]),
    );
    expect(JSON.stringify(trail.entries)).not.toContain('bestreitet');
  });

  it('is for admins and the module’s own staff; a reason is required and named', async () => {
    t = await startModuleCore(['pool', 'hotline'], [CARLA, HANNA]);
    const employer = await newEmployer(await hotlineAs(t), 'Gasthof Emsblick');
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    const carla = await colleague(t, CARLA, 'carla-pc');
    expect(await carla.call('restriction.set', { recordType: 'hotlineCall', recordId: call.id, reason: REASON })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('restriction.set', { recordType: 'hotlineCall', recordId: call.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await t.call('restriction.set', { recordType: 'hotlineCall', recordId: 9999, reason: REASON })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await t.must('restriction.set', { recordType: 'hotlineCall', recordId: call.id, reason: REASON });
    expect(await t.must('hotline.callsList', { status: 'all', employerId: null, query: '' })).toMatchObject({ items: [], total: 0 });
    expect(await t.must('hotline.callsList', { status: 'all', employerId: null, query: 'Köster' })).toMatchObject({ items: [], total: 0 });
    expect((await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' })).totalCalls).toBe(1);
  });

  it('hides a housing case from the list and from offer matching, and survives backup and restore', async () => {
    t = await startHousingCore();
    const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
    const card = await t.must('housing.householdRegister', { household: household('HH-R1', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
    const admin = await colleague(t, ADMIN, 'admin-pc');
    const folder = path.join(tempDir('bruecke-backups-'), 'share');
    await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
    const code = (await admin.must('backup.newCode', {})).backupCode;

    await t.must('restriction.set', { recordType: 'moveOutCase', recordId: card.id, reason: REASON });
    expect(await t.must('housing.casesList', {})).toMatchObject({ rows: [], total: 0 });
    expect(await t.call('housing.offersMatch', { caseId: card.id })).toMatchObject({ ok: false, error: { code: 'RECORD_RESTRICTED' } });

    await admin.must('backup.run', {});
    const [made] = listBackups(folder);
    const target = path.join(tempDir('bruecke-restored-'), 'data');
    await restoreBackup({ backupFile: made!.file, secret: { code }, targetDir: target, schema: APP.schema, reapplyErasures: reapplyErasuresFor(APP.modules) });
    const restored = await startTestCore({ dataDir: target, clock: t.clock });
    try {
      await restored.must('session.login', { username: ADMIN.username, password: ADMIN.password });
      expect(await restored.must('restriction.get', { recordType: 'moveOutCase', recordId: card.id })).toMatchObject({ reason: REASON });
    } finally {
      await restored.cleanup();
    }
  });
});

/** The hotline worker signed in on the main client (the first person of startModuleCore is Carla). */
async function hotlineAs(core: TestCore): Promise<TestCore> {
  await core.must('session.logout', {});
  await core.must('session.login', { username: HANNA.username, password: HANNA.password });
  return core;
}
