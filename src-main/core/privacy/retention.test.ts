import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../backup/backup-manifest';
import { restoreBackup } from '../backup/restore-backup';
import { APP } from '../composition';
import { reapplyErasuresFor } from '../handlers/composed-handlers';
import { booking, CARLA, requester } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, startTestCore, tempDir, type TestClient, type TestCore } from '../testing/test-core';

let t: TestCore;
let admin: TestClient;
let closed: number;
let open: number;

beforeEach(async () => {
  // Mon 23 Nov 2026: one request goes unmet (closed), one stays requested (open).
  t = await startModuleCore(['pool'], [CARLA]);
  const req = await requester(t);
  [closed] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { clientReference: 'KL-1001' }))).ids as [number];
  [open] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T12:00', { clientReference: 'KL-1002' }))).ids as [number];
  await t.must('pool.assignmentUnmet', { id: closed, reason: 'Keine Sprachmittlerin für KL-1001 frei' });
  // Three years and a day later: the closed assignment has reached "closed assignment + 36 months".
  t.clock.set(new Date('2029-11-24T09:00:00Z'));
  admin = await colleague(t, ADMIN, 'admin-pc');
});
afterEach(() => t.cleanup());

const rows = (plan: { classes: { id: string; rowIds: number[] }[] }, id: string) => plan.classes.find((c) => c.id === id)!.rowIds;

describe('retention', () => {
  it('is purged again by a restore of a backup taken before the purge, even when the backup was paused', async () => {
    const folder = path.join(tempDir('bruecke-backups-'), 'share');
    await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
    const code = (await admin.must('backup.newCode', {})).backupCode;
    await admin.must('privacy.retentionSave', { paused: true, classes: [] });
    await admin.must('backup.run', {});
    const [before] = listBackups(folder);
    await admin.must('privacy.retentionSave', { paused: false, classes: [] });
    await admin.must('privacy.purgeApply', { confirm: true });

    const target = path.join(tempDir('bruecke-restored-'), 'data');
    const report = await restoreBackup({ backupFile: before!.file, secret: { code }, targetDir: target, schema: APP.schema, reapplyErasures: reapplyErasuresFor(APP.modules) });
    expect(report.erasuresReapplied).toBe(1);
    const restored = await startTestCore({ dataDir: target, clock: t.clock });
    try {
      const carla = restored.client('carla-pc');
      await carla.must('session.login', { username: CARLA.username, password: CARLA.password });
      expect(JSON.stringify(await carla.must('pool.assignmentGet', { id: closed }))).not.toContain('KL-1001');
      expect((await carla.must('pool.assignmentGet', { id: open })).clientReference).toBe('KL-1002');
    } finally {
      await restored.cleanup();
    }
  });

  it('lists in the dry run exactly what the purge then anonymises, and keeps the statistics', async () => {
    const dry = await admin.must('privacy.purgeDryRun', {});
    expect(rows(dry, 'pool.closedAssignment')).toEqual([closed]);
    const carla = await colleague(t, CARLA, 'carla-pc');
    const unmetBefore = await carla.must('pool.unmetDemand', {});
    const applied = await admin.must('privacy.purgeApply', { confirm: true });
    expect(applied.classes).toEqual(dry.classes);
    const after = await carla.must('pool.assignmentGet', { id: closed });
    expect(after.clientReference).not.toContain('KL-1001');
    // Anonymised rows keep the quarter, not the day (unmet demand counts per quarter stay equal).
    expect(after).toMatchObject({ start: '2026-10-01T00:00', end: '2026-10-01T00:00' });
    expect(JSON.stringify(after)).not.toContain('KL-1001');
    expect((await carla.must('pool.assignmentGet', { id: open })).clientReference).toBe('KL-1002');
    expect(await carla.must('pool.unmetDemand', {})).toEqual(unmetBefore);
    // Done is done: the next dry run finds nothing more.
    expect(rows(await admin.must('privacy.purgeDryRun', {}), 'pool.closedAssignment')).toEqual([]);
    const runs = await admin.must('audit.list', { filter: { action: 'purge' } });
    expect(runs.entries.map((e) => e.details?.['dryRun'])).toEqual([true, false, true]);
  });

  it('reaches nothing before its period is over, and the admin can lengthen it', async () => {
    await admin.must('privacy.retentionSave', { paused: false, classes: [{ id: 'pool.closedAssignment', months: 48, note: 'Art. 17 Abs. 3 lit. b DSGVO; Aufbewahrung Honorarbelege' }] });
    expect(rows(await admin.must('privacy.purgeDryRun', {}), 'pool.closedAssignment')).toEqual([]);
    const view = await admin.must('privacy.retentionGet', {});
    expect(view.classes.find((c) => c.id === 'pool.closedAssignment')).toMatchObject({ months: 48, defaultMonths: 36, note: expect.stringContaining('Art. 17') });
  });

  it('does nothing while paused', async () => {
    await admin.must('privacy.retentionSave', { paused: true, classes: [] });
    const dry = await admin.must('privacy.purgeDryRun', {});
    expect(dry.paused).toBe(true);
    expect(dry.classes.every((c) => c.rowIds.length === 0)).toBe(true);
    await admin.must('privacy.purgeApply', { confirm: true });
    const carla = await colleague(t, CARLA, 'carla-pc');
    expect((await carla.must('pool.assignmentGet', { id: closed })).clientReference).toBe('KL-1001');
  });
});
