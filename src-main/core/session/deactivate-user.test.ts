import crypto from 'node:crypto';
import { openWithKey } from '../testing/test-database';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePath, rawConnection } from '../db/open-database';
import { rekeyCopyPath, replaceWithCopy, writeVerifiedCopy } from '../db/rekey-by-copy';
import * as kr from '../keys/keyring';
import { ADMIN, FAST_KDF, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let recoveryCode: string;

beforeEach(async () => {
  t = await startTestCore();
  recoveryCode = await setUp(t);
  await loginAdmin(t);
});
afterEach(() => t.cleanup());

async function createUser(username: string) {
  const { user, oneTimePassword } = await t.must('users.create', { username, displayName: username, roles: ['hotline'] });
  return { user, password: oneTimePassword };
}

describe('deactivating a user', () => {
  it('removes the slot, rekeys the database and replaces the recovery code', async () => {
    const bela = await createUser('bela');
    const oldRing = kr.readKeyring(t.dataDir);
    const { recoveryCode: newCode } = await t.must('users.deactivate', { id: bela.user.id });
    expect(newCode).not.toBe(recoveryCode);

    // Bela can no longer log in.
    await t.must('session.logout', {});
    expect(await t.call('session.login', { username: 'bela', password: bela.password })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS' },
    });

    // An old copy of the keyring plus Bela's password yields the old key, which no longer opens the database.
    const oldKey = (await kr.unlockWithPassword(oldRing, 'bela', bela.password)).current;
    await t.cleanup();
    await expect(openWithKey(t.dataDir, oldKey)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    const oldRecovery = await kr.unlockWithRecoveryCode(oldRing, recoveryCode);
    expect(oldRecovery.current.equals(oldKey)).toBe(true);
    await expect(kr.unlockWithRecoveryCode(kr.readKeyring(t.dataDir), recoveryCode)).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_CODE',
    });

    // The admin and the new recovery code still open it, and nothing was lost.
    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    await loginAdmin(t);
    const list = await t.must('users.list', { includeInactive: true });
    expect(list.map((u) => [u.username, u.active])).toEqual([
      ['admin.anna', true],
      ['bela', false],
    ]);
    const viaCode = await kr.unlockWithRecoveryCode(kr.readKeyring(t.dataDir), newCode);
    expect(viaCode.next).toBeNull();
  });

  it('finishes a rekey cut short before the copy under the new key was made', async () => {
    const bela = await createUser('bela');
    await t.cleanup();
    // Simulate the crash: phase one of the keyring written, database still on the old key.
    const ring = kr.readKeyring(t.dataDir);
    const { current } = await kr.unlockWithPassword(ring, ADMIN.username, ADMIN.password);
    const next = crypto.randomBytes(32);
    kr.writeKeyring(t.dataDir, await kr.addNextMasterKey(kr.withoutUser(ring, 'bela'), current, next));

    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    await loginAdmin(t);
    expect((await t.must('users.list', { includeInactive: true })).length).toBe(2);
    await t.cleanup();
    const after = await kr.unlockWithPassword(kr.readKeyring(t.dataDir), ADMIN.username, ADMIN.password);
    expect(after.next).toBeNull();
    expect(after.current.equals(next)).toBe(true);
    await expect(openWithKey(t.dataDir, current)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(bela.user.active).toBe(true);
  });

  it('opens a database rekeyed just before the keyring was finished', async () => {
    await t.cleanup();
    const ring = kr.readKeyring(t.dataDir);
    const { current } = await kr.unlockWithPassword(ring, ADMIN.username, ADMIN.password);
    const next = crypto.randomBytes(32);
    kr.writeKeyring(t.dataDir, await kr.addNextMasterKey(ring, current, next));
    const db = await openWithKey(t.dataDir, current);
    writeVerifiedCopy(rawConnection(db), databasePath(t.dataDir), next);
    await db.destroy();
    replaceWithCopy(databasePath(t.dataDir));

    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    await loginAdmin(t);
    expect((await t.must('users.list', {})).map((u) => u.username)).toEqual([ADMIN.username]);
    expect(fs.existsSync(databasePath(t.dataDir))).toBe(true);
    expect(FAST_KDF.N).toBeLessThan(2 ** 17); // this suite trades KDF cost for speed; keyring.test.ts covers the real cost
  });

  it('discards a copy cut short by a crash and rekeys again from the intact database', async () => {
    const bela = await createUser('bela');
    await t.cleanup();
    const ring = kr.readKeyring(t.dataDir);
    const { current } = await kr.unlockWithPassword(ring, ADMIN.username, ADMIN.password);
    const next = crypto.randomBytes(32);
    const code = 'ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345';
    let phaseOne = await kr.replaceRecoveryCode(kr.withoutUser(ring, 'bela'), code, current, FAST_KDF, next);
    phaseOne = await kr.addNextMasterKey(phaseOne, current, next);
    kr.writeKeyring(t.dataDir, phaseOne);
    // Half a copy: what a kill during the export leaves.
    const whole = fs.readFileSync(databasePath(t.dataDir));
    fs.writeFileSync(rekeyCopyPath(databasePath(t.dataDir)), whole.subarray(0, Math.floor(whole.length / 2)));

    t = await startTestCore({ dataDir: t.dataDir, clock: t.clock });
    await loginAdmin(t);
    expect((await t.must('users.list', { includeInactive: true })).map((u) => u.username)).toEqual([ADMIN.username, 'bela']);
    expect(fs.existsSync(rekeyCopyPath(databasePath(t.dataDir)))).toBe(false);
    // The code the crash kept from being shown is shown now.
    expect((await t.must('users.recoveryCodePending', {}))?.recoveryCode).toBe(code);
    await t.cleanup();
    expect((await kr.unlockWithRecoveryCode(kr.readKeyring(t.dataDir), code)).current.equals(next)).toBe(true);
    await expect(openWithKey(t.dataDir, current)).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(bela.user.active).toBe(true);
  });

  it('shows the new recovery code to admins until one confirms it', async () => {
    const bela = await createUser('bela');
    const { recoveryCode: newCode } = await t.must('users.deactivate', { id: bela.user.id });
    const pending = await t.must('users.recoveryCodePending', {});
    expect(pending?.recoveryCode).toBe(newCode);

    // Still there after a log-out (the answer may never have reached the screen).
    await t.must('session.logout', {});
    await loginAdmin(t);
    expect(await t.must('users.recoveryCodePending', {})).toEqual(pending);
    // Another id confirms nothing; the right one ends it, audited.
    await t.must('users.recoveryCodeConfirm', { id: 'someOtherId1' });
    expect(await t.must('users.recoveryCodePending', {})).toEqual(pending);
    await t.must('users.recoveryCodeConfirm', { id: pending!.id });
    expect(await t.must('users.recoveryCodePending', {})).toBeNull();
    expect(kr.readKeyring(t.dataDir).pendingRecoveryCode).toBeUndefined();
    // No plain code in the keyring file while it was pending either: it is sealed.
    expect(fs.readFileSync(kr.keyringPath(t.dataDir), 'utf8')).not.toContain(newCode.replace(/-/g, '').slice(0, 10));
  });

  it('keeps the code a recovery gives pending too', async () => {
    await t.must('session.logout', {});
    const { recoveryCode: newCode } = await t.must('session.recover', { recoveryCode, adminUsername: ADMIN.username, newPassword: 'Noch-Eine-Passphrase-7' });
    await t.must('session.login', { username: ADMIN.username, password: 'Noch-Eine-Passphrase-7' });
    expect((await t.must('users.recoveryCodePending', {}))?.recoveryCode).toBe(newCode);
  });
});
