import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startTestCore, tempDir } from '../core/testing/test-core';
import { runAdmin } from './run-admin.test-support';

const PASSWORD = 'cli-admin-passphrase-1';

const admin = runAdmin;

it('backs up, restores with the code from standard input, runs the purge and exports the audit trail', { timeout: 300_000 }, async () => {
  const dataDir = path.join(tempDir(), 'data');
  const folder = path.join(tempDir(), 'share');
  expect((await admin(['init', '--data-dir', dataDir, '--org', 'CLI-Org', '--admin', 'cli.admin'], `${PASSWORD}\n`)).code).toBe(0);
  const app = await startTestCore({ dataDir });
  await app.must('session.login', { username: 'cli.admin', password: PASSWORD });
  await app.must('backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 0, onClose: false });
  const { backupCode } = await app.must('backup.newCode', {});
  await app.cleanup();

  const backup = await admin(['backup', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
  expect(backup.code, backup.stderr).toBe(0);
  expect(backup.stdout).toMatch(/verified/);
  const file = path.join(folder, fs.readdirSync(folder).find((n) => n.endsWith('.bkp'))!);

  const wrong = await admin(['restore', '--backup', file, '--to', path.join(tempDir(), 'wrong')], 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA\n');
  expect(wrong.code).not.toBe(0);
  expect(wrong.stderr).toContain('WRONG_BACKUP_CODE');
  const target = path.join(tempDir(), 'restored');
  const restore = await admin(['restore', '--backup', file, '--to', target], `${backupCode}\n`);
  expect(restore.code, restore.stderr).toBe(0);
  expect(restore.stdout + restore.stderr).not.toContain(backupCode);
  const restored = await startTestCore({ dataDir: target });
  await restored.must('session.login', { username: 'cli.admin', password: PASSWORD });
  await restored.cleanup();

  const purge = await admin(['purge', '--data-dir', dataDir, '--user', 'cli.admin', '--dry-run'], `${PASSWORD}\n`);
  expect(purge.code, purge.stderr).toBe(0);
  expect(purge.stdout).toMatch(/pool\.closedAssignment\tanonymise\t36 months/);
  const out = path.join(tempDir(), 'audit.csv');
  const exported = await admin(['audit-export', '--data-dir', dataDir, '--user', 'cli.admin', '--out', out], `${PASSWORD}\n`);
  expect(exported.code, exported.stderr).toBe(0);
  expect(fs.readFileSync(out, 'utf8')).toContain(';backup;database;');
});
