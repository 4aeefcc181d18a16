import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startTestCore, tempDir } from '../core/testing/test-core';
import { PROJECT_ROOT } from './project-root';

const PASSWORD = 'cli-admin-passphrase-1';

/** Runs the admin tool as `npm run admin` would, with the secret on standard input. */
function admin(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src-main/cli/admin.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRUECKE_LOG: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

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
