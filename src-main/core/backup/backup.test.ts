import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_ANCHOR_FILE } from '../audit/audit-anchor';
import { APP } from '../composition';
import { CARLA, interpreter } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, startTestCore, tempDir, type TestClient, type TestCore } from '../testing/test-core';
import { listBackups, manifestPathOf } from './backup-manifest';
import { checkBackup, restoreBackup } from './restore-backup';
import { backupsToRemove } from './rotation';
import { sha256File, verifyBackupFile } from './write-backup';
import { backupKeyFromCode } from './backup-code';

let t: TestCore;
let admin: TestClient;
let folder: string;
let code: string;

beforeEach(async () => {
  t = await startModuleCore(['pool'], [CARLA]);
  admin = await colleague(t, ADMIN, 'admin-pc');
  folder = path.join(tempDir('bruecke-backups-'), 'share');
  await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: false });
  code = (await admin.must('backup.newCode', {})).backupCode;
});
afterEach(() => t.cleanup());

const restore = (backupFile: string, secret: string, targetDir = path.join(tempDir('bruecke-restored-'), 'data')) =>
  restoreBackup({ backupFile, secret: { code: secret }, targetDir, schema: APP.schema, reapplyErasures: async () => 0 });

describe('encrypted backups', () => {
  it('writes a verified, encrypted backup with a manifest, and it restores on a new machine with the backup code', async () => {
    await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Sentinel Qwertzuiop' }));
    const made = await admin.must('backup.run', {});
    const [only] = listBackups(folder);
    expect(only?.manifest).toMatchObject({ format: 1, appVersion: '0.1.0', bytes: made.bytes, erasureHighWater: 0 });
    expect(only!.manifest.schemaVersion).toMatch(/\d{13}$/);
    // Neither the copy nor its manifest holds anything readable of the data or a key.
    expect(fs.readFileSync(only!.file).includes(Buffer.from('Qwertzuiop'))).toBe(false);
    expect(fs.readFileSync(manifestPathOf(only!.file), 'utf8')).not.toMatch(/Qwertzuiop|carla|admin\.anna/);
    // A new machine: a fresh folder, the backup code, then the users sign in with their passwords.
    const target = path.join(tempDir('bruecke-restored-'), 'data');
    await restore(only!.file, code, target);
    const restored = await startTestCore({ dataDir: target });
    try {
      await restored.must('session.login', { username: CARLA.username, password: CARLA.password });
      const list = await restored.must('pool.interpretersList', { search: 'Sentinel', status: null });
      expect(list.rows.map((i) => i.nameLatin)).toEqual(['Sentinel Qwertzuiop']);
      expect((await restored.client().call('session.status', {})).ok).toBe(true);
    } finally {
      await restored.cleanup();
    }
  });

  it('refuses a wrong backup code', async () => {
    await admin.must('backup.run', {});
    const [only] = listBackups(folder);
    await expect(restore(only!.file, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toMatchObject({ code: 'WRONG_BACKUP_CODE' });
  });

  it('detects a flipped byte, by the manifest hash and by the pages themselves', async () => {
    await t.must('pool.interpreterSave', interpreter());
    await admin.must('backup.run', {});
    const [only] = listBackups(folder);
    const bytes = fs.readFileSync(only!.file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(only!.file, bytes);
    expect(() => checkBackup(only!.file, { code })).toThrow(expect.objectContaining({ code: 'BACKUP_DAMAGED' }));
    // Even with a forged manifest hash, opening and checking every page finds it.
    expect(sha256File(only!.file)).not.toBe(only!.manifest.sha256);
    expect(verifyBackupFile(only!.file, backupKeyFromCode(code)).ok).toBe(false);
    await expect(restore(only!.file, code)).rejects.toMatchObject({ code: 'BACKUP_DAMAGED' });
  });

  it('taken while writes run, restores to a verified database with an intact audit chain', async () => {
    const writes = Array.from({ length: 12 }, (_, i) => t.must('pool.interpreterSave', interpreter({ nameLatin: `Parallel ${i}` })));
    const backup = admin.must('backup.run', {});
    await Promise.all([...writes, backup]);
    const [only] = listBackups(folder);
    const target = path.join(tempDir('bruecke-restored-'), 'data');
    await restore(only!.file, code, target);
    const restored = await startTestCore({ dataDir: target });
    try {
      await restored.must('session.login', { username: ADMIN.username, password: ADMIN.password });
      const report = await restored.must('maintenance.verify', {});
      expect(report.database.ok).toBe(true);
      expect(report.audit.intact).toBe(true);
      // The restore anchored the restored chain afresh; the original's anchor stays with the original.
      expect(report.audit.anchor).toBe('matches');
      expect(fs.existsSync(path.join(target, AUDIT_ANCHOR_FILE))).toBe(true);
    } finally {
      await restored.cleanup();
    }
  });

  it('restores only into an empty folder', async () => {
    await admin.must('backup.run', {});
    const [only] = listBackups(folder);
    const target = tempDir('bruecke-occupied-');
    fs.writeFileSync(path.join(target, 'something'), 'x');
    await expect(restore(only!.file, code, target)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
  });

  it('runs its own restore test and reports it on the status', async () => {
    expect((await admin.must('backup.status', {})).restoreTestDue).toBe(true);
    await admin.must('backup.run', {});
    const result = await admin.must('backup.restoreTest', {});
    expect(result).toMatchObject({ ok: true, problem: null });
    const status = await admin.must('backup.status', {});
    expect(status).toMatchObject({ hasCode: true, restoreTestDue: false, lastRestoreTest: { ok: true } });
    expect(JSON.stringify(status)).not.toContain(code.replace(/-/g, '').slice(0, 10));
    t.clock.set(new Date('2027-01-05T08:00:00Z'));
    const later = await colleague(t, ADMIN, 'admin-pc-later');
    expect((await later.must('backup.status', {})).restoreTestDue).toBe(true);
  });

  it('backs up by itself when Brücke closes, if the admin wants it', async () => {
    await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: true });
    expect(listBackups(folder)).toHaveLength(0);
    await t.cleanup();
    const [made] = listBackups(folder);
    expect(made).toBeDefined();
    expect(() => checkBackup(made!.file, { code })).not.toThrow();
  });

  it('says what is missing before a backup is set up', async () => {
    const fresh = await startModuleCore(['pool'], [CARLA]);
    try {
      const a = await colleague(fresh, ADMIN, 'admin-pc');
      const result = await a.call('backup.run', {});
      expect(result.ok ? 'ok' : result.error.code).toBe('BACKUP_NOT_CONFIGURED');
      const invalid = await a.call('backup.configure', { folder: '', keepDaily: 0, keepWeekly: 4, intervalHours: 24, onClose: true });
      expect(invalid.ok ? [] : invalid.error.details?.issues?.map((i) => i.path)).toEqual(['folder', 'keepDaily']);
      // A relative folder would land wherever Brücke was started: refused, by name.
      for (const folder of ['2026-11-30', 'backups', '\\\\server']) {
        const relative = await a.call('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 24, onClose: true });
        expect(relative.ok ? null : relative.error.details?.issues, folder).toEqual([{ path: 'folder', message: 'validation:absoluteFolder' }]);
      }
    } finally {
      await fresh.cleanup();
    }
  });
});

describe('rotation', () => {
  const at = (iso: string) => ({ createdAt: iso });
  it('keeps the newest of each of the last days and weeks', () => {
    const days = ['2026-11-23T20:00:00Z', '2026-11-23T08:00:00Z', '2026-11-22T08:00:00Z', '2026-11-21T08:00:00Z', '2026-11-14T08:00:00Z', '2026-11-07T08:00:00Z', '2026-10-31T08:00:00Z'].map(at);
    const removed = backupsToRemove(days, 2, 2).map((b) => b.createdAt);
    // Kept: 23 Nov 20:00 and 22 Nov (days); the newest of ISO week 48 (Mon 23 Nov, 20:00) and of week 47 (Sun 22 Nov).
    expect(removed).toEqual(['2026-11-23T08:00:00Z', '2026-11-21T08:00:00Z', '2026-11-14T08:00:00Z', '2026-11-07T08:00:00Z', '2026-10-31T08:00:00Z']);
    expect(backupsToRemove(days, 7, 4)).toEqual([days[1]]);
  });
});
