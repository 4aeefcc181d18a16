import { openWithKey } from '../core/testing/test-database';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as kr from '../core/keys/keyring';
import { startTestCore, tempDir, type TestCore } from '../core/testing/test-core';
import { runAdmin } from './run-admin.test-support';

const PASSWORD = 'cli-admin-passphrase-1';

const admin = runAdmin;

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
