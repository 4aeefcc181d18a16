import { spawn } from 'node:child_process';
import { openWithKey } from '../core/testing/test-database';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as kr from '../core/keys/keyring';
import { startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { PROJECT_ROOT } from './project-root';

const PASSWORD = 'cli-admin-passphrase-1';

/** Runs the admin tool as `npm run admin` would, with the password on standard input. */
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

let holder: TestCore | undefined;
afterEach(async () => {
  await holder?.cleanup();
  holder = undefined;
});

describe('the admin tool', () => {
  it('initialises, lists users and verifies, reading the password from standard input only', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const init = await admin(['init', '--data-dir', dataDir, '--org', 'CLI-Org', '--admin', 'cli.admin'], `${PASSWORD}\n`);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/([A-Z2-7]{5}-){5}[A-Z2-7]{5}/);
    expect(init.stdout).not.toContain(PASSWORD);

    const users = await admin(['users', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
    expect(users.code, users.stderr).toBe(0);
    expect(users.stdout).toMatch(/^cli\.admin\tcli\.admin\tadmin\tactive/m);

    const wrong = await admin(['users', '--data-dir', dataDir, '--user', 'cli.admin'], 'not-the-password\n');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('WRONG_CREDENTIALS');

    const verify = await admin(['verify', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toContain('database pages: ok');
    expect(verify.stdout).toMatch(/audit trail: intact/);
  });

  it('respects the instance lock of a running app', async () => {
    const dataDir = path.join(tempDir(), 'data');
    expect((await admin(['init', '--data-dir', dataDir, '--org', 'Test-Org', '--admin', 'cli.admin'], `${PASSWORD}\n`)).code).toBe(0);
    holder = await startTestCore({ dataDir });
    const locked = await admin(['users', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
    expect(locked.code).not.toBe(0);
    expect(locked.stderr).toContain('DATA_DIR_LOCKED');
  });

  it('exits non-zero when the audit trail was tampered with', async () => {
    const dataDir = path.join(tempDir(), 'data');
    expect((await admin(['init', '--data-dir', dataDir, '--org', 'Test-Org', '--admin', 'cli.admin'], `${PASSWORD}\n`)).code).toBe(0);
    const { current } = await kr.unlockWithPassword(kr.readKeyring(dataDir), 'cli.admin', PASSWORD);
    const db = await openWithKey(dataDir, current);
    await db.query(`DROP TRIGGER audit_entry_no_update`);
    await db.query(`UPDATE audit_entry SET entity = 'forged' WHERE id = 1`);
    await db.destroy();
    const verify = await admin(['verify', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
    expect(verify.code).toBe(2);
    expect(verify.stdout).toContain('BROKEN at entry 1');
  });

  it('names entries deleted from the end of the audit trail (the database behind its anchor)', async () => {
    const dataDir = path.join(tempDir(), 'data');
    expect((await admin(['init', '--data-dir', dataDir, '--org', 'Test-Org', '--admin', 'cli.admin'], `${PASSWORD}\n`)).code).toBe(0);
    expect((await admin(['users', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`)).code).toBe(0);
    const { current } = await kr.unlockWithPassword(kr.readKeyring(dataDir), 'cli.admin', PASSWORD);
    const db = await openWithKey(dataDir, current);
    await db.query(`DROP TRIGGER audit_entry_no_delete`);
    await db.query(`DELETE FROM audit_entry WHERE id = (SELECT MAX(id) FROM audit_entry)`);
    await db.destroy();
    const verify = await admin(['verify', '--data-dir', dataDir, '--user', 'cli.admin'], `${PASSWORD}\n`);
    expect(verify.code).not.toBe(0);
    expect(verify.stderr).toContain('database behind its audit anchor: acknowledged writes may be lost');
    expect(verify.stderr).toContain('damage found: behindAuditAnchor; nothing was written');
  });

  it('refuses to start without a command it knows', async () => {
    const result = await admin(['frobnicate'], '');
    expect(result.code).toBe(64);
    expect(result.stdout).toContain('npm run admin -- init');
  });
});
