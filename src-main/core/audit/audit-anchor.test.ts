import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyKey, databasePath } from '../db/open-database';
import { masterKeyOf, openWithKey } from '../testing/test-database';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';
import { AUDIT_ANCHOR_FILE } from './audit-anchor';

/**
 * The chain head anchored outside the table: removing entries from the end, putting an older copy
 * of the database back, or losing the commits of a deleted `-wal` leaves the table behind its
 * anchor, which opening refuses (nothing written) and `maintenance.verify` names.
 */
let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** An installation with a few audited writes, closed. */
async function installation(): Promise<string> {
  const core = await startTestCore();
  await setUp(core);
  await loginAdmin(core);
  for (let i = 0; i < 4; i++) await core.must('users.create', { username: `user.${i}`, displayName: `User ${i}`, roles: ['hotline'] });
  await core.cleanup();
  return core.dataDir;
}

async function logInTo(dataDir: string) {
  t = await startTestCore({ dataDir });
  return t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
}

/** What someone with the key and sqlite does: triggers dropped, rows deleted. */
async function deleteLastEntries(dataDir: string, count: number): Promise<void> {
  const db = await openWithKey(dataDir, await masterKeyOf(dataDir, ADMIN.username, ADMIN.password));
  try {
    await db.query(`DROP TRIGGER audit_entry_no_delete`);
    await db.query(`DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT ${count})`);
  } finally {
    await db.destroy();
  }
}

const behind = { ok: false, error: { code: 'DB_CORRUPT', details: { damage: { kind: 'behindAuditAnchor' } } } };

describe('the audit anchor', () => {
  it('keeps a normal restart clean, after a rekey too, and verify says it matches', async () => {
    const dataDir = await installation();
    expect(fs.existsSync(path.join(dataDir, AUDIT_ANCHOR_FILE))).toBe(true);
    expect(await logInTo(dataDir)).toMatchObject({ ok: true });
    const user = (await t!.must('users.list', { includeInactive: false })).find((u) => u.username === 'user.0')!;
    await t!.must('users.deactivate', { id: user.id });
    const report = await t!.must('maintenance.verify', {});
    expect(report.audit).toMatchObject({ intact: true, anchor: 'matches' });
    expect(report.audit.anchoredEntries).toBeGreaterThan(5);
    await t!.cleanup();
    expect(await logInTo(dataDir)).toMatchObject({ ok: true });
    expect((await t!.must('maintenance.verify', {})).audit).toMatchObject({ intact: true, anchor: 'matches' });
  });

  it('refuses a database whose last entries were deleted with the key, writing nothing', async () => {
    const dataDir = await installation();
    await deleteLastEntries(dataDir, 3);
    const before = digest(databasePath(dataDir));
    expect(await logInTo(dataDir)).toMatchObject(behind);
    expect(digest(databasePath(dataDir))).toBe(before);
    // A second try finds the same.
    expect(await t!.call('session.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject(behind);
  });

  it('names entries deleted from the end while Brücke runs, in maintenance.verify', async () => {
    const dataDir = await installation();
    expect(await logInTo(dataDir)).toMatchObject({ ok: true });
    // A change: the anchor is written before its answer (after reads it follows within a moment).
    const user = (await t!.must('users.list', { includeInactive: false })).find((u) => u.username === 'user.0')!;
    await t!.must('users.deactivate', { id: user.id });
    // A second connection with the key, beside the running app.
    const raw = new Database(databasePath(dataDir));
    applyKey(raw, await masterKeyOf(dataDir, ADMIN.username, ADMIN.password));
    raw.exec(`DROP TRIGGER audit_entry_no_delete`);
    raw.exec(`DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry ORDER BY id DESC LIMIT 2)`);
    raw.close();
    const report = await t!.must('maintenance.verify', {});
    // Every remaining link is fine: only the anchor shows what is missing.
    expect(report.audit).toMatchObject({ intact: false, firstBrokenId: null, anchor: 'behind' });
    expect(report.audit.anchoredEntries).toBeGreaterThan(report.audit.entries);
  });

  it('refuses an older copy of the database put back beside a newer anchor', async () => {
    const dataDir = await installation();
    const file = databasePath(dataDir);
    const older = `${file}.older`;
    fs.copyFileSync(file, older);
    expect(await logInTo(dataDir)).toMatchObject({ ok: true });
    await t!.must('users.create', { username: 'later.one', displayName: 'Later', roles: ['hotline'] });
    await t!.cleanup();
    t = null;
    fs.copyFileSync(older, file);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    const before = digest(file);
    expect(await logInTo(dataDir)).toMatchObject(behind);
    expect(digest(file)).toBe(before);
  });

  it('refuses a rewritten chain (same length, other entries) and an anchor that does not open', async () => {
    const dataDir = await installation();
    const anchorFile = path.join(dataDir, AUDIT_ANCHOR_FILE);
    const sealed = fs.readFileSync(anchorFile, 'utf8');
    const body = JSON.parse(sealed) as { body: string };
    const bytes = Buffer.from(body.body, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 0x01;
    fs.writeFileSync(anchorFile, JSON.stringify({ ...body, body: bytes.toString('base64') }));
    expect(await logInTo(dataDir)).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', details: { damage: { kind: 'auditAnchorMismatch' } } } });
    await t!.cleanup();
    t = null;
    fs.writeFileSync(anchorFile, sealed);

    // The last entry replaced by one whose hash links correctly: the links hold, the anchor does not.
    const db = await openWithKey(dataDir, await masterKeyOf(dataDir, ADMIN.username, ADMIN.password));
    try {
      await db.query(`DROP TRIGGER audit_entry_no_update`);
      await db.query(`UPDATE audit_entry SET hash = '${'f'.repeat(64)}' WHERE id = (SELECT MAX(id) FROM audit_entry)`);
    } finally {
      await db.destroy();
    }
    expect(await logInTo(dataDir)).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', details: { damage: { kind: 'auditAnchorMismatch' } } } });
  });

  it('anchors an installation that has no anchor yet (from before anchoring) at its current head', async () => {
    const dataDir = await installation();
    fs.rmSync(path.join(dataDir, AUDIT_ANCHOR_FILE));
    expect(await logInTo(dataDir)).toMatchObject({ ok: true });
    expect((await t!.must('maintenance.verify', {})).audit).toMatchObject({ intact: true, anchor: 'matches' });
    // Deleting it while open is named. (A call that adds no entry first: the anchor is written after
    // each call's answer, before the next call runs.)
    await t!.must('session.status', {});
    fs.rmSync(path.join(dataDir, AUDIT_ANCHOR_FILE));
    expect((await t!.must('maintenance.verify', {})).audit).toMatchObject({ intact: false, anchor: 'missing' });
  });
});
