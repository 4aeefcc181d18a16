import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract';
import { ADMIN, loginAdmin, ORG, setUp, startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let recoveryCode: string;

beforeEach(async () => {
  t = await startTestCore();
  recoveryCode = await setUp(t);
});
afterEach(() => t.cleanup());

function unlocked(status: SessionStatus) {
  if (status.state !== 'unlocked') throw new Error(`expected unlocked, got ${status.state}`);
  return status;
}

describe('setup and log-in', () => {
  it('sets up once and then asks for a log-in', async () => {
    expect(recoveryCode).toMatch(/^([A-Z2-7]{5}-){5}[A-Z2-7]{5}$/);
    expect(await t.must('session.status', {})).toEqual({ state: 'locked' });
    const again = await t.call('session.setup', {
      organisationName: 'Other',
      modules: ['pool'],
      admin: { username: 'someone', displayName: 'S', password: 'another-long-password' },
      uiLanguage: 'en',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });

  it('refuses a password that contains the user name', async () => {
    const fresh = await startTestCore();
    try {
      const result = await fresh.call('session.setup', {
        organisationName: ORG,
        modules: ['pool'],
        admin: { username: 'mustermann', displayName: 'M', password: 'mustermann-2026!' },
        uiLanguage: 'de',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'PASSWORD_CONTAINS_USERNAME' } });
      expect(await fresh.must('session.status', {})).toEqual({ state: 'needsSetup' });
    } finally {
      await fresh.cleanup();
    }
  });

  it('logs in to the organisation with its modules', async () => {
    const status = unlocked(await t.must('session.login', { username: 'Admin.Anna', password: ADMIN.password }));
    expect(status.installation).toEqual({ organisationName: ORG, modules: ['pool', 'hotline', 'housing'] });
    expect(status.user).toMatchObject({ username: ADMIN.username, roles: ['admin'], mustChangePassword: false });
    expect(status.userModules).toEqual([]);
  });

  it('refuses a wrong password and throttles repeated failures', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await t.call('session.login', { username: ADMIN.username, password: 'wrong-password' })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_CREDENTIALS' },
      });
    }
    const throttled = await t.call('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED', details: { retryAfterSeconds: 5 } } });
    t.clock.advance(5_000);
    unlocked(await t.must('session.login', { username: ADMIN.username, password: ADMIN.password }));
  });
});

describe('lock and auto-lock', () => {
  beforeEach(() => loginAdmin(t));

  it('locks on request and refuses signed-in calls until the next log-in', async () => {
    await t.must('session.lock', {});
    expect(await t.must('session.status', {})).toEqual({ state: 'locked' });
    expect(await t.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    await loginAdmin(t);
    expect((await t.must('users.list', {})).map((u) => u.username)).toEqual([ADMIN.username]);
  });

  it('locks after the idle time and is pushed back by activity', async () => {
    await t.must('settings.updateMine', { autoLockMinutes: 5 });
    t.clock.advance(4 * 60_000);
    const { locksAt } = await t.must('session.touch', {});
    expect(locksAt).toBe(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString());
    t.clock.advance(4 * 60_000 + 59_000);
    await t.must('users.list', {});
    t.clock.advance(5 * 60_000);
    expect(await t.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect(await t.must('session.status', {})).toEqual({ state: 'locked' });
  });
});

describe('users and passwords', () => {
  beforeEach(() => loginAdmin(t));

  it('gives a new user a one-time password that must be changed first', async () => {
    const { user, oneTimePassword } = await t.must('users.create', {
      username: 'coord.cem',
      displayName: 'Cem Koordination',
      roles: ['coordinator'],
    });
    expect(user.mustChangePassword).toBe(true);
    await t.must('session.logout', {});
    const status = unlocked(await t.must('session.login', { username: 'coord.cem', password: oneTimePassword }));
    expect(status.user.mustChangePassword).toBe(true);
    expect(status.userModules).toEqual(['pool']);
    expect(await t.call('settings.installation', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const changed = unlocked(
      await t.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: 'cems-eigenes-passwort' }),
    );
    expect(changed.user.mustChangePassword).toBe(false);
    expect(await t.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await t.must('session.logout', {});
    expect(await t.call('session.login', { username: 'coord.cem', password: oneTimePassword })).toMatchObject({ ok: false });
    unlocked(await t.must('session.login', { username: 'coord.cem', password: 'cems-eigenes-passwort' }));
  });

  it('keeps the data readable after a password change', async () => {
    await t.must('users.create', { username: 'hot.hanna', displayName: 'Hanna', roles: ['hotline'] });
    const wrong = await t.call('session.changePassword', { currentPassword: 'not-my-password', newPassword: 'brand-new-passphrase' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    await t.must('session.changePassword', { currentPassword: ADMIN.password, newPassword: 'brand-new-passphrase' });
    await t.must('session.logout', {});
    expect(await t.call('session.login', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false });
    await t.must('session.login', { username: ADMIN.username, password: 'brand-new-passphrase' });
    expect((await t.must('users.list', {})).map((u) => u.username)).toEqual(['admin.anna', 'hot.hanna']);
  });

  it('resets a password to a new one-time password', async () => {
    const { user } = await t.must('users.create', { username: 'case.carl', displayName: 'Carl', roles: ['caseworker'] });
    const { oneTimePassword } = await t.must('users.resetPassword', { id: user.id });
    await t.must('session.logout', {});
    const status = unlocked(await t.must('session.login', { username: 'case.carl', password: oneTimePassword }));
    expect(status.user.mustChangePassword).toBe(true);
  });

  it('resets an admin password with the recovery code, which is then replaced', async () => {
    await t.must('users.create', { username: 'hot.hanna', displayName: 'Hanna', roles: ['hotline'] });
    await t.must('session.logout', {});
    const wrongCode = await t.call('session.recover', {
      recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA',
      adminUsername: ADMIN.username,
      newPassword: 'recovered-passphrase',
    });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    const notAdmin = await t.call('session.recover', { recoveryCode, adminUsername: 'hot.hanna', newPassword: 'recovered-passphrase' });
    expect(notAdmin).toMatchObject({ ok: false, error: { code: 'USER_NOT_FOUND' } });
    const { recoveryCode: newCode } = await t.must('session.recover', {
      recoveryCode,
      adminUsername: ADMIN.username,
      newPassword: 'recovered-passphrase',
    });
    expect(newCode).not.toBe(recoveryCode);
    const reused = await t.call('session.recover', { recoveryCode, adminUsername: ADMIN.username, newPassword: 'another-passphrase' });
    expect(reused).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    await t.must('session.login', { username: ADMIN.username, password: 'recovered-passphrase' });
    expect((await t.must('users.list', {})).length).toBe(2);
  });

  it('keeps one admin and refuses to deactivate oneself', async () => {
    const self = unlocked(await t.must('session.status', {})).user;
    expect(await t.call('users.deactivate', { id: self.id })).toMatchObject({ ok: false, error: { code: 'CANNOT_DEACTIVATE_SELF' } });
    expect(await t.call('users.update', { id: self.id, version: self.version, displayName: 'Anna', roles: ['reporting'] })).toMatchObject({
      ok: false,
      error: { code: 'LAST_ADMIN' },
    });
    const { user } = await t.must('users.create', { username: 'x.admin', displayName: 'X', roles: ['admin'] });
    await t.must('users.update', { id: self.id, version: self.version, displayName: 'Anna', roles: ['admin', 'reporting'] });
    expect(await t.call('users.create', { username: 'x.admin', displayName: 'Y', roles: ['admin'] })).toMatchObject({
      ok: false,
      error: { code: 'USERNAME_TAKEN' },
    });
    expect(user.roles).toEqual(['admin']);
  });
});
