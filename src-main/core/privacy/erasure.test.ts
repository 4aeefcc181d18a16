import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../backup/backup-manifest';
import { backupKeyFromCode } from '../backup/backup-code';
import { restoreBackup } from '../backup/restore-backup';
import { APP } from '../composition';
import { DATABASE_FILE } from '../db/open-database';
import { reapplyErasuresFor } from '../handlers/composed-handlers';
import { decryptedBytes } from '../testing/plaintext';
import { booking, CARLA, interpreter, requester } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { masterKeyOf } from '../testing/test-database';
import { ADMIN, startTestCore, tempDir, type TestClient, type TestCore } from '../testing/test-core';

// A case number no other data contains: if any of its bytes survive, the test finds them.
const SENTINEL = 'QX-47115';
const OTHER = 'BM-20001';

let t: TestCore;
let admin: TestClient;
let folder: string;
let code: string;
let sentinelAssignment: number;

beforeEach(async () => {
  t = await startModuleCore(['pool'], [CARLA]);
  const req = await requester(t);
  await t.must('pool.interpreterSave', interpreter({ notes: `Nicht mit ${SENTINEL} einsetzen (Nachbar).` }));
  [sentinelAssignment] = (await t.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { clientReference: SENTINEL }))).ids as [number];
  await t.must('pool.bookingCreate', booking(req, '2026-11-30T12:00', { clientReference: SENTINEL.toLowerCase() }));
  await t.must('pool.bookingCreate', booking(req, '2026-12-01T10:00', { clientReference: OTHER }));
  await t.must('pool.assignmentGet', { id: sentinelAssignment });
  admin = await colleague(t, ADMIN, 'admin-pc');
  folder = path.join(tempDir('bruecke-backups-'), 'share');
  await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
  code = (await admin.must('backup.newCode', {})).backupCode;
});
afterEach(() => t.cleanup());

const statistics = async () => ({
  assignments: (await t.must('pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null })).total,
  unmet: await t.must('pool.unmetDemand', {}),
});

describe('erasure', () => {
  it('leaves no row and no byte of the client in the database, its WAL or a later backup; statistics agree', async () => {
    const before = await statistics();
    const result = await admin.must('privacy.erase', { reference: SENTINEL, modules: ['pool'], reason: 'request' });
    expect(result.modules).toEqual([{ module: 'pool', anonymised: 2, scrubbed: 1 }]);
    // The WAL was copied back and emptied: no frame holds the old pages.
    const wal = path.join(t.dataDir, `${DATABASE_FILE}-wal`);
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(await statistics()).toEqual(before);
    expect((await admin.must('privacy.subjectSearch', { reference: SENTINEL, modules: ['pool'] })).records).toEqual([]);
    expect((await admin.must('privacy.subjectSearch', { reference: OTHER, modules: ['pool'] })).records).toHaveLength(1);
    await admin.must('backup.run', {});
    const [after] = listBackups(folder);
    await t.cleanup();

    const needle = Buffer.from(SENTINEL.slice(3));
    const key = await masterKeyOf(t.dataDir, ADMIN.username, ADMIN.password);
    for (const name of fs.readdirSync(t.dataDir)) {
      const file = path.join(t.dataDir, name);
      expect(fs.readFileSync(file).includes(needle), name).toBe(false);
      if (name === DATABASE_FILE) {
        const plain = decryptedBytes(file, key);
        expect(plain.includes(Buffer.from(OTHER)), 'the check can see data').toBe(true);
        expect(plain.includes(needle), 'decrypted database').toBe(false);
      }
    }
    for (const name of fs.readdirSync(folder)) expect(fs.readFileSync(path.join(folder, name)).includes(needle), name).toBe(false);
    expect(decryptedBytes(after!.file, backupKeyFromCode(code)).includes(needle), 'decrypted backup').toBe(false);
    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
  });

  it('is recorded in the ledger and the audit without the reference', async () => {
    await admin.must('privacy.erase', { reference: SENTINEL, modules: ['pool'], reason: 'consentWithdrawn' });
    const erased = await admin.must('audit.list', { filter: { action: 'erase' } });
    expect(erased.entries).toHaveLength(1);
    expect(erased.entries[0]!.userName).toBe(ADMIN.displayName);
    const everything = await admin.must('audit.export', { filter: {}, format: 'csv' });
    expect(Buffer.from(everything.base64, 'base64').toString('utf8')).not.toContain('47115');
  });

  it('comes back from a backup taken before it without the erased client', async () => {
    await admin.must('backup.run', {});
    const [before] = listBackups(folder);
    await admin.must('privacy.erase', { reference: SENTINEL, modules: ['pool'], reason: 'request' });
    const target = path.join(tempDir('bruecke-restored-'), 'data');
    const report = await restoreBackup({ backupFile: before!.file, secret: { code }, targetDir: target, schema: APP.schema, reapplyErasures: reapplyErasuresFor(APP.modules) });
    // Both spellings the coordinators used (`QX-47115`, `qx-47115`) are found by their hashes.
    expect(report.erasuresReapplied).toBe(2);
    const restored = await startTestCore({ dataDir: target, clock: t.clock });
    try {
      await restored.must('session.login', { username: ADMIN.username, password: ADMIN.password });
      expect((await restored.must('privacy.subjectSearch', { reference: SENTINEL, modules: ['pool'] })).records).toEqual([]);
      expect((await restored.must('privacy.subjectSearch', { reference: OTHER, modules: ['pool'] })).records).toHaveLength(1);
    } finally {
      await restored.cleanup();
    }
    const key = await masterKeyOf(target, ADMIN.username, ADMIN.password);
    expect(decryptedBytes(path.join(target, DATABASE_FILE), key).includes(Buffer.from(SENTINEL.slice(3)))).toBe(false);
  });
});

describe('subject access', () => {
  it("exports the subject's records and who accessed them, and nothing of another subject", async () => {
    const file = await admin.must('privacy.subjectExport', { reference: 'qx-47115', modules: ['pool'] });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const report = JSON.parse(text) as { records: { table: string; match: string }[]; accessLog: { userName: string; action: string; entity: string }[] };
    expect(report.records.map((r) => `${r.table}:${r.match}`).sort()).toEqual(['pool_assignment:reference', 'pool_assignment:reference', 'pool_interpreter:mention']);
    expect(report.accessLog).toContainEqual(expect.objectContaining({ userName: CARLA.displayName, action: 'view', entity: 'poolAssignment' }));
    expect(report.accessLog).toContainEqual(expect.objectContaining({ userName: CARLA.displayName, action: 'create', entity: 'poolAssignment' }));
    expect(text).not.toContain(OTHER);
    // The interpreter's row is found by its note: only the note is shown, not the interpreter's name.
    expect(text).not.toContain('Haddad');
    const exports = await admin.must('audit.list', { filter: { action: 'export', entity: 'subject' } });
    expect(exports.total).toBe(1);
    expect(JSON.stringify(exports)).not.toContain('47115');
  });
});
