import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { databasePath } from '../db/open-database';
import { booking, CARLA, requester } from '../testing/pool-fixtures';
import { colleague, startModuleCore } from '../testing/staff';
import { ADMIN, startTestCore, tempDir, type TestCore } from '../testing/test-core';
import { BACKUP_LOCATION_FILE } from './backup-location';

// A client erased after the backup was taken: the restore must not bring them back.
const ERASED = 'QX-47117';
const KEPT = 'BM-20003';

let t: TestCore | null = null;
afterEach(async () => {
  await t?.cleanup();
  t = null;
});

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function flipMiddlePage(file: string): void {
  const bytes = fs.readFileSync(file);
  const offset = 4096 * Math.floor(bytes.length / 4096 / 2) + 1500;
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
  fs.writeFileSync(file, bytes);
}

/** An installation with a backup, a client erased after it, then closed and damaged on disk. */
async function damagedWithBackup(): Promise<{ dataDir: string; code: string; folder: string }> {
  const core = await startModuleCore(['pool'], [CARLA]);
  const req = await requester(core);
  for (const reference of [ERASED, KEPT]) await core.must('pool.bookingCreate', booking(req, '2026-11-30T10:00', { clientReference: reference, start: reference === KEPT ? '2026-11-30T14:00' : '2026-11-30T10:00' }));
  for (let i = 0; i < 30; i++) await requester(core);
  const admin = await colleague(core, ADMIN, 'admin-pc');
  const folder = path.join(tempDir('bruecke-share-'), 'backups');
  await admin.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 0, onClose: false });
  const { backupCode } = await admin.must('backup.newCode', {});
  await admin.must('backup.run', {});
  await admin.must('privacy.erase', { reference: ERASED, modules: ['pool'], reason: 'request' });
  await core.cleanup();
  flipMiddlePage(databasePath(core.dataDir));
  return { dataDir: core.dataDir, code: backupCode, folder };
}

it('offers nothing while the database is healthy, or before a log-in found damage', async () => {
  const { dataDir } = await damagedWithBackup();
  t = await startTestCore({ dataDir });
  expect(await t.call('backup.offered', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const healthy = await startModuleCore(['pool'], [CARLA]);
  expect(await healthy.call('backup.offered', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await healthy.cleanup();
});

it('offers the backups from the mirrored folder after a log-in found damage, and restores one with the code into a fresh folder, keeping the damaged files', async () => {
  const { dataDir, code, folder } = await damagedWithBackup();
  // The mirror holds the folder and nothing else.
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, BACKUP_LOCATION_FILE), 'utf8'))).toEqual({ format: 1, folder });
  const damagedDigest = digest(databasePath(dataDir));
  t = await startTestCore({ dataDir });
  expect(await t.call('session.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });

  const offer = await t.must('backup.offered', {});
  expect(offer.folder).toBe(folder);
  expect(offer.backups).toHaveLength(1);
  expect(offer.backups[0]).toMatchObject({ intact: true });
  const file = offer.backups[0]!.file;

  const wrong = await t.call('backup.restoreOffered', { file, code: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' });
  expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_BACKUP_CODE' } });
  expect(digest(databasePath(dataDir)), 'a wrong code leaves the damaged file where it was').toBe(damagedDigest);
  expect(await t.call('backup.restoreOffered', { file: '../../etc/passwd', code })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await t.call('backup.restoreOffered', { file: 'bruecke-20990101T000000Z.bkp', code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  const restored = await t.must('backup.restoreOffered', { file, code });
  expect(restored.erasuresReapplied).toBe(1);
  expect(path.dirname(restored.damagedKeptIn)).toBe(dataDir);
  expect(digest(path.join(restored.damagedKeptIn, 'bruecke.db')), 'the damaged file is kept as it was').toBe(damagedDigest);
  expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('restored-'))).toEqual([]);
  expect(await t.call('backup.offered', {}), 'nothing to offer once restored').toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  await t.must('session.login', { username: ADMIN.username, password: ADMIN.password });
  expect((await t.must('privacy.subjectSearch', { reference: ERASED, modules: ['pool'] })).records).toEqual([]);
  expect((await t.must('privacy.subjectSearch', { reference: KEPT, modules: ['pool'] })).records).toHaveLength(1);
  const restores = await t.must('audit.list', { filter: { action: 'restore' } });
  expect(restores.entries).toHaveLength(1);
  expect((await t.must('maintenance.verify', {})).audit.intact).toBe(true);
});
