import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyKey, databasePath } from '../db/open-database';
import { colleague } from '../testing/staff';
import { masterKeyOf } from '../testing/test-database';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestClient, type TestCore } from '../testing/test-core';
import { openTestDatabase } from '../testing/test-database';
import { advanceHead, compareWithAnchor, currentHead } from './audit-head';
import { appendAudit, verifyAuditChain } from './audit-log';
import { auditDue, purgeAudit } from './audit-retention';

/**
 * The audit trail's own retention ("audit entry + 2 years"): the oldest entries go with a chain
 * start in the same transaction, so the chain and its anchor stay verifiable and tampering after a
 * purge is still found.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const AUDIT = 'core.auditEntry';
type Plan = { paused: boolean; classes: { id: string; count: number; months: number; cutoff: string; idRange: { from: number; to: number } | null }[] };
const auditClass = (plan: Plan) => plan.classes.find((c) => c.id === AUDIT)!;

/** Mon 23 Nov 2026: setup and a few audited writes; then 25 months later, more. */
async function twoYearsOfTrail(): Promise<TestClient> {
  t = await startTestCore();
  await setUp(t);
  await loginAdmin(t);
  for (let i = 0; i < 3; i++) await t.must('users.create', { username: `user.${i}`, displayName: `User ${i}`, roles: ['hotline'] });
  t.clock.set(new Date('2028-12-24T09:00:00Z'));
  const admin = await colleague(t, ADMIN, 'admin-pc');
  await admin.must('users.list', { includeInactive: false });
  return admin;
}

async function rawDb(dataDir: string) {
  const raw = new Database(databasePath(dataDir));
  applyKey(raw, await masterKeyOf(dataDir, ADMIN.username, ADMIN.password));
  return raw;
}

describe('audit trail retention', () => {
  it('removes exactly the entries the dry run counted, keeps the chain and the anchor verifiable, and records the purge', async () => {
    const admin = await twoYearsOfTrail();
    const dry = auditClass(await admin.must('privacy.purgeDryRun', {}));
    expect(dry).toMatchObject({ months: 24, cutoff: '2026-12-24T09:00:00.000Z' });
    expect(dry.count).toBeGreaterThan(3);
    expect(dry.idRange).toEqual({ from: 1, to: dry.count });
    const before = await admin.must('audit.list', { filter: {} });

    const applied = auditClass(await admin.must('privacy.purgeApply', { confirm: true }));
    expect(applied).toEqual(dry);
    const raw = await rawDb(t!.dataDir);
    const ids = (raw.prepare('SELECT id FROM audit_entry ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    raw.close();
    expect(ids[0]).toBe(dry.idRange!.to + 1);
    const after = await admin.must('audit.list', { filter: {} });
    expect(after.total).toBeLessThan(before.total);

    // A change has the anchor written before its answer (after reads it follows within a moment).
    await admin.must('users.create', { username: 'user.after', displayName: 'After Purge', roles: ['hotline'] });
    const verified = await admin.must('maintenance.verify', {});
    expect(verified.audit).toMatchObject({ intact: true, anchor: 'matches', firstBrokenId: null });
    // The anchor counts from the first entry ever: the removed ones and those left after the purge.
    expect(verified.audit.anchoredEntries).toBeGreaterThanOrEqual(dry.count + ids.length);
    // The purge is itself in the trail, with its count, under the acting admin.
    const purges = await admin.must('audit.list', { filter: { action: 'purge' } });
    const run = purges.entries.find((e) => e.details?.['dryRun'] === false)!;
    expect((run.details?.['rows'] as Record<string, number>)[AUDIT]).toBe(dry.count);
    expect(run.userId).not.toBeNull();
    // The next dry run finds nothing more; and a restart opens cleanly against the anchor.
    expect(auditClass(await admin.must('privacy.purgeDryRun', {})).count).toBe(0);
    const dataDir = t!.dataDir;
    await t!.cleanup();
    t = await startTestCore({ dataDir });
    await loginAdmin(t);
    expect((await t.must('maintenance.verify', {})).audit).toMatchObject({ intact: true, anchor: 'matches' });
  });

  it('still finds tampering after a purge: a kept entry removed at the start, or changed', async () => {
    const admin = await twoYearsOfTrail();
    await admin.must('privacy.purgeApply', { confirm: true });
    const raw = await rawDb(t!.dataDir);
    // Outside the purge the triggers still refuse, even for the oldest kept entry.
    expect(() => raw.exec('DELETE FROM audit_entry WHERE id = (SELECT MIN(id) FROM audit_entry)')).toThrow(/append-only/);
    // A chain start that does not name a real entry's hash is refused.
    expect(() => raw.exec(`INSERT INTO audit_chain_start (position, last_removed_id, prev_hash, at) SELECT 99, MIN(id), 'x', '2028' FROM audit_entry`)).toThrow(/chain start/);
    raw.exec('DROP TRIGGER audit_entry_no_delete');
    raw.exec('DELETE FROM audit_entry WHERE id = (SELECT MIN(id) FROM audit_entry)');
    raw.close();
    const report = await admin.must('maintenance.verify', {});
    expect(report.audit.intact).toBe(false);
    expect(report.audit.firstBrokenId).not.toBeNull();
  });

  it('removes nothing while paused, and honours a longer period', async () => {
    const admin = await twoYearsOfTrail();
    await admin.must('privacy.retentionSave', { paused: false, classes: [{ id: AUDIT, months: 36, note: 'OPS.1.1.5: 3 Jahre' }] });
    expect(auditClass(await admin.must('privacy.purgeDryRun', {})).count).toBe(0);
    await admin.must('privacy.retentionSave', { paused: true, classes: [{ id: AUDIT, months: 24, note: '' }] });
    const dry = await admin.must('privacy.purgeDryRun', {});
    expect(dry.paused).toBe(true);
    expect(auditClass(dry).count).toBe(0);
    const total = (await admin.must('audit.list', { filter: {} })).total;
    await admin.must('privacy.purgeApply', { confirm: true });
    // Only the purge call's own entry was added; nothing was removed.
    expect((await admin.must('audit.list', { filter: {} })).total).toBe(total + 2);
    expect((await admin.must('privacy.retentionGet', {})).classes.find((c) => c.id === AUDIT)).toMatchObject({ defaultMonths: 24, months: 24 });
  });

  it('goes on from the chain start when every entry was old enough to go', async () => {
    const ds = await openTestDatabase();
    try {
      await ds.transaction(async (db) => {
        for (let i = 0; i < 3; i++) await appendAudit(db, { userId: null, action: 'verify', entity: 'database' }, new Date('2026-01-10T10:00:00Z'));
        // The head as anchored before the purge (a crash between the purge's commit and its anchor).
        const anchored = await currentHead(db);
        const due = await auditDue(db, '2027-01-01T00:00:00.000Z');
        expect(due).toEqual({ count: 3, firstId: 1, lastId: 3 });
        await purgeAudit(db, due, new Date('2028-02-01T00:00:00Z'));
        await appendAudit(db, { userId: null, action: 'purge', entity: 'retention' }, new Date('2028-02-01T00:00:00Z'));
        expect(await verifyAuditChain(db)).toEqual({ intact: true, entries: 1, firstBrokenId: null });
        expect(await currentHead(db)).toMatchObject({ entries: 4, lastId: 4 });
        // Its entry is gone, but the chain start names it: the opening still matches.
        expect(await compareWithAnchor(db, anchored)).toBe('matches');
        expect(await compareWithAnchor(db, { ...anchored, hash: 'f'.repeat(64) })).toBe('diverged');
      });
    } finally {
      await ds.destroy();
    }
  });

  it('moves an anchor that trails the table over a purge that removed entries it had not reached', async () => {
    const ds = await openTestDatabase();
    try {
      await ds.transaction(async (db) => {
        const old = new Date('2026-01-10T10:00:00Z');
        await appendAudit(db, { userId: null, action: 'verify', entity: 'database' }, old);
        // The anchor after the first entry; two more reads follow before it moves (anchor-follower.ts).
        const anchored = await currentHead(db);
        for (let i = 0; i < 2; i++) await appendAudit(db, { userId: null, action: 'list', entity: 'user' }, old);
        await purgeAudit(db, await auditDue(db, '2027-01-01T00:00:00.000Z'), new Date('2028-02-01T00:00:00Z'));
        await appendAudit(db, { userId: null, action: 'purge', entity: 'retention' }, new Date('2028-02-01T00:00:00Z'));
        const moved = await advanceHead(db, anchored);
        expect(moved).toEqual(await currentHead(db));
        expect(moved).toMatchObject({ entries: 4, lastId: 4 });
        expect(await compareWithAnchor(db, moved)).toBe('matches');
      });
    } finally {
      await ds.destroy();
    }
  });
});
