import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ROLES, type ChannelName, type Role } from '../../contract';
import { ADMIN, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startTestCore();
  await setUp(t);
});
afterEach(() => t.cleanup());

/**
 * Something observable that every write would change: the audit trail grows with each one. Read
 * through the audit viewer's total (a count), not `maintenance.verify`, which checks the whole
 * file each time and made this test take 90 s.
 */
async function auditEntries(): Promise<number> {
  return (await t.must('audit.list', { filter: {} })).total;
}

const MALFORMED: unknown[] = ['not an object', 42, null, [1, 2], { unexpected: true, id: 'x', username: 7 }];

describe('the router', () => {
  it('refuses unknown channels', async () => {
    expect(await t.core.call('users.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await t.core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('rejects malformed input on every channel with a typed error and writes nothing', async () => {
    await loginAdmin(t);
    // Module channels check their role before the input: hold every role, so validation is what is tested.
    const me = (await t.must('users.list', {}))[0]!;
    await t.must('users.update', { id: me.id, version: me.version, displayName: me.displayName, roles: [...ROLES] });
    for (const channel of CHANNEL_NAMES) {
      for (const input of MALFORMED) {
        const before = await auditEntries();
        const result = await t.core.call(channel, input);
        expect(result, `${channel} with ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        // Reading the trail itself appends one entry per look.
        expect(await auditEntries(), channel).toBe(before + 1);
      }
    }
    expect((await t.must('session.status', {})).state).toBe('unlocked');
    expect((await t.must('users.list', {})).length).toBe(1);
    // Every channel times every malformed input (~800 calls).
  }, 180_000);

  it('reports which field failed, with a translatable message', async () => {
    await loginAdmin(t);
    const result = await t.core.call('users.create', { username: 'A B', displayName: '', roles: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: 'username', message: 'validation:username' },
        { path: 'displayName', message: 'validation:required' },
        { path: 'roles', message: 'validation:rolesRequired' },
      ]),
    );
  });

  it('refuses every signed-in channel without a session', async () => {
    for (const channel of CHANNEL_NAMES) {
      if (contract[channel].access.kind !== 'signedIn') continue;
      expect(await t.core.call(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    }
  });

  it('denies every role-restricted channel to each role that lacks it', async () => {
    await loginAdmin(t);
    const passwords: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const { oneTimePassword } = await t.must('users.create', { username: `only.${role}`, displayName: role, roles: [role] });
      passwords[role] = oneTimePassword;
    }
    await t.must('session.logout', {});
    let checked = 0;
    for (const role of ROLES) {
      await t.must('session.login', { username: `only.${role}`, password: passwords[role]! });
      await t.must('session.changePassword', { currentPassword: passwords[role]!, newPassword: `new-passphrase-${role}` });
      for (const channel of CHANNEL_NAMES as ChannelName[]) {
        const access = contract[channel].access;
        if (access.kind !== 'signedIn' || !access.roles || access.roles.includes(role)) continue;
        expect(await t.core.call(channel, {}), `${role} → ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        checked++;
      }
      await t.must('session.logout', {});
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('runs concurrent writes one at a time, so a failing call rolls back only itself', async () => {
    await loginAdmin(t);
    const calls = Array.from({ length: 24 }, (_, i) =>
      t.core.call('users.create', {
        // Every third call reuses a name and must fail inside its own transaction.
        username: i % 3 === 2 ? `racer.${i - 1}` : `racer.${i}`,
        displayName: `Racer ${i}`,
        roles: ['hotline'],
      }),
    );
    const results = await Promise.all(calls);
    const failed = results.filter((r) => !r.ok);
    expect(failed).toHaveLength(8);
    for (const f of failed) expect(f).toMatchObject({ error: { code: 'USERNAME_TAKEN' } });
    const users = await t.must('users.list', {});
    expect(users).toHaveLength(1 + 16);
    const report = await t.must('maintenance.verify', {});
    expect(report.audit.intact).toBe(true);
    expect(report.database.ok).toBe(true);
    expect(ADMIN.username).toBe(users[0]!.username);
  });
});
