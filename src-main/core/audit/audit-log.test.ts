import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWithKey } from '../testing/test-database';
import { openDatabase } from '../db/open-database';
import * as kr from '../keys/keyring';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
  await setUp(t);
  await loginAdmin(t);
});
afterEach(() => t.cleanup());

async function withRawDatabase(run: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<void> {
  await t.cleanup();
  const { current } = await kr.unlockWithPassword(kr.readKeyring(t.dataDir), ADMIN.username, ADMIN.password);
  const db = await openWithKey(t.dataDir, current);
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
  t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
  await loginAdmin(t);
}

describe('the audit trail', () => {
  it('records sessions, lists and changes without personal data', async () => {
    await t.must('users.create', { username: 'hot.hanna', displayName: 'Hanna Hotline', roles: ['hotline'] });
    await t.must('users.list', { includeInactive: true });
    await withRawDatabase(async (db) => {
      const rows = (await db.query(`SELECT user_id, action, entity, entity_id, details FROM audit_entry ORDER BY id`)) as {
        action: string;
        entity: string;
        details: string | null;
      }[];
      expect(rows.map((r) => `${r.action}:${r.entity}`)).toEqual([
        'setup:installation',
        'login:session',
        'create:user',
        'list:user',
        'logout:session',
      ]);
      expect(JSON.parse(rows[3]!.details!)).toEqual({ includeInactive: true, count: 2 });
      expect(JSON.stringify(rows)).not.toContain('Hanna');
    });
  });

  it('refuses updates and deletions of entries', async () => {
    await withRawDatabase(async (db) => {
      await expect(db.query(`UPDATE audit_entry SET action = 'view' WHERE id = 1`)).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM audit_entry WHERE id = 1`)).rejects.toThrow(/append-only/);
    });
  });

  it('detects an edited entry', async () => {
    await t.must('users.create', { username: 'x.y', displayName: 'X', roles: ['hotline'] });
    expect((await t.must('maintenance.verify', {})).audit).toMatchObject({ intact: true, firstBrokenId: null });
    await withRawDatabase(async (db) => {
      // Someone with the key bypasses the trigger and rewrites history.
      await db.query(`DROP TRIGGER audit_entry_no_update`);
      await db.query(`UPDATE audit_entry SET action = 'view' WHERE id = 3`);
    });
    expect((await t.must('maintenance.verify', {})).audit).toMatchObject({ intact: false, firstBrokenId: 3 });
  });

  it('detects a removed entry: the table is behind its anchor, so the database is refused', async () => {
    await t.must('users.create', { username: 'x.y', displayName: 'X', roles: ['hotline'] });
    await t.cleanup();
    const { current } = await kr.unlockWithPassword(kr.readKeyring(t.dataDir), ADMIN.username, ADMIN.password);
    const db = await openWithKey(t.dataDir, current);
    await db.query(`DROP TRIGGER audit_entry_no_delete`);
    await db.query(`DELETE FROM audit_entry WHERE id = 2`);
    await db.destroy();
    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    const login = await t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', details: { damage: { kind: 'behindAuditAnchor' } } } });
  });
});
