import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localClient } from '../client';
import { createCore } from '../core';
import { createStaff, type Person } from '../testing/staff';
import { ADMIN, FAST_KDF, setUp, startTestCore, type TestClient, type TestCore } from '../testing/test-core';
import { openAs } from '../testing/test-database';
import { THROTTLE_FILE } from './login-throttle';

const KORA: Person = { username: 'kora', displayName: 'Kora Koordination', password: 'Sprachmittlung-Ems-7', roles: ['coordinator', 'admin'] };
const KAI: Person = { username: 'kai', displayName: 'Kai Hotline', password: 'Arbeitgeber-Ruf-2026', roles: ['hotline'] };

let t: TestCore;
afterEach(() => t?.cleanup());

async function team(): Promise<{ kora: TestClient; kai: TestClient }> {
  t = await startTestCore();
  await setUp(t);
  await createStaff(t, [KORA, KAI]);
  const kora = t.client('10.0.0.11');
  const kai = t.client('10.0.0.12');
  await kora.must('session.login', { username: KORA.username, password: KORA.password });
  await kai.must('session.login', { username: KAI.username, password: KAI.password });
  return { kora, kai };
}

/** The audit trail as an officer would read it from the file (the core closed). */
async function auditRows(): Promise<{ user_id: number | null; action: string; entity: string; entity_id: string | null }[]> {
  const dataDir = t.dataDir;
  await t.cleanup();
  const db = await openAs(dataDir, ADMIN.username, ADMIN.password);
  try {
    return (await db.query(`SELECT user_id, action, entity, entity_id FROM audit_entry ORDER BY id`)) as never;
  } finally {
    await db.destroy();
  }
}

describe('sessions per person', () => {
  it('record each action under the person whose session made it', async () => {
    const { kora, kai } = await team();
    const koraId = (await kora.must('session.status', {})) as { user: { id: number } };
    const kaiId = (await kai.must('session.status', {})) as { user: { id: number } };
    await kora.must('users.list', {});
    const employer = await kai.must('hotline.employerSave', {
      id: null,
      employer: { name: 'Bäckerei Sonne', sector: 'Handwerk', sizeBand: 'small', street: '', postcode: '', city: 'Rheine', notes: '' },
    });
    await kora.must('pool.interpretersList', { search: '', status: null });

    const rows = await auditRows();
    const by = (action: string, entity: string) => rows.filter((r) => r.action === action && r.entity === entity).map((r) => r.user_id);
    expect(by('list', 'user')).toEqual([koraId.user.id]);
    expect(by('create', 'hotlineEmployer')).toEqual([kaiId.user.id]);
    expect(rows.find((r) => r.entity === 'hotlineEmployer')?.entity_id).toBe(String(employer.id));
    expect(by('list', 'interpreter')).toEqual([koraId.user.id]);
    expect(by('login', 'session')).toEqual(expect.arrayContaining([koraId.user.id, kaiId.user.id]));
  });

  it('keep one person signed in whatever the other types, locks or ends', async () => {
    const { kora, kai } = await team();
    // A wrong password from Kora's window (for any name) touches nobody's session.
    expect(await kora.call('session.login', { username: KAI.username, password: 'falsch-falsch-falsch' })).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    expect(await kai.must('session.status', {})).toMatchObject({ state: 'unlocked', user: { username: KAI.username } });
    expect(await kora.must('session.status', {})).toMatchObject({ state: 'unlocked', user: { username: KORA.username } });

    await kora.must('session.lock', {});
    expect(await kora.must('session.status', {})).toEqual({ state: 'locked' });
    expect(await kora.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect((await kai.must('hotline.employersList', { query: '', page: 1 })).total).toBe(0);
  });

  it('end only the deactivated person’s sessions, and a rekey leaves the others working', async () => {
    const { kora, kai } = await team();
    const secondKai = t.client('10.0.0.13');
    await secondKai.must('session.login', { username: KAI.username, password: KAI.password });
    const kaiUser = ((await kai.must('session.status', {})) as { user: { id: number } }).user;

    const { recoveryCode } = await kora.must('users.deactivate', { id: kaiUser.id });
    expect(recoveryCode.replace(/-/g, '')).toMatch(/^[A-Z2-7]{30}$/);
    expect(await kai.call('hotline.employersList', { query: '', page: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect(await secondKai.must('session.status', {})).toEqual({ state: 'locked' });
    // Kora works on after the rekey, on the same open database.
    expect((await kora.must('users.list', { includeInactive: true })).find((u) => u.id === kaiUser.id)?.active).toBe(false);
    expect((await kora.must('maintenance.verify', {})).database.ok).toBe(true);
    // Kai's password opens nothing any more.
    expect(await kai.call('session.login', { username: KAI.username, password: KAI.password })).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
  });

  it('keep the key only while someone is signed in', async () => {
    const { kora, kai } = await team();
    await kora.must('session.logout', {});
    expect(t.raw.unlocked).toBe(true);
    await kai.must('session.lock', {});
    expect(t.raw.unlocked).toBe(false);
    // The next person's log-in opens it again with their own slot.
    await kai.must('session.login', { username: KAI.username, password: KAI.password });
    expect(t.raw.unlocked).toBe(true);
  });

  it('lock each session after its own idle time', async () => {
    const { kora, kai } = await team();
    await kora.must('settings.updateMine', { autoLockMinutes: 30 });
    await kai.must('settings.updateMine', { autoLockMinutes: 5 });
    t.clock.advance(6 * 60_000);
    expect(await kai.call('hotline.employersList', { query: '', page: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect((await kora.must('users.list', {})).length).toBe(3);
  });
});

describe('log-in throttling', () => {
  it('counts per account and per address, and guessing unknown names never locks out a real account', async () => {
    await team();
    const attacker = t.client('10.0.0.66');
    for (let i = 0; i < 9; i++) {
      expect((await attacker.call('session.login', { username: `nobody${i}`, password: 'guess-guess-guess' })).ok).toBe(false);
    }
    // Nine unknown names: Kora's account is not slowed, from anywhere else.
    const colleague = t.client('10.0.0.20');
    expect(await colleague.call('session.login', { username: KORA.username, password: KORA.password })).toMatchObject({ ok: true });
    // The attacker's address is, after its tenth failure.
    await attacker.call('session.login', { username: 'nobody9', password: 'guess-guess-guess' });
    expect(await attacker.call('session.login', { username: KORA.username, password: KORA.password })).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
  });

  it('covers password changes and survives a restart, naming nobody in its file', async () => {
    const { kai } = await team();
    for (let i = 0; i < 3; i++) {
      expect(await kai.call('session.changePassword', { currentPassword: `wrong-${i}-password`, newPassword: 'ein-neues-langes-passwort' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    }
    expect(await kai.call('session.changePassword', { currentPassword: KAI.password, newPassword: 'ein-neues-langes-passwort' })).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });

    const dataDir = t.dataDir;
    const clock = t.clock;
    await t.cleanup();
    const file = fs.readFileSync(path.join(dataDir, THROTTLE_FILE), 'utf8');
    for (const name of [KAI.username, KORA.username, '10.0.0.12']) expect(file).not.toContain(name);
    t = await startTestCore({ dataDir, clock });
    const again = t.client('10.0.0.12');
    expect(await again.call('session.login', { username: KAI.username, password: KAI.password })).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    clock.advance(5_000);
    expect(await again.call('session.login', { username: KAI.username, password: KAI.password })).toMatchObject({ ok: true });
  });
});

describe('a team server started to stay unlocked', () => {
  it('keeps the key after the first admin’s log-in until it stops, and not before', async () => {
    const first = await startTestCore();
    await setUp(first);
    await createStaff(first, [KAI]);
    const dataDir = first.dataDir;
    const clock = first.clock;
    await first.cleanup();

    const server = await createCore({ dataDir, clock, kdf: FAST_KDF, stayUnlocked: true });
    try {
      const kai = localClient(server);
      await kai.must('session.login', { username: KAI.username, password: KAI.password });
      await kai.must('session.logout', {});
      // Kai is no admin: after his log-out the key is gone as usual.
      expect(server.unlocked).toBe(false);
      const admin = localClient(server);
      await admin.must('session.login', { username: ADMIN.username, password: ADMIN.password });
      await admin.must('session.logout', {});
      expect(server.unlocked).toBe(true);
      // Nobody is signed in, yet scheduled work could run; a call still needs a session.
      expect(await localClient(server).call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    } finally {
      await server.close();
    }
    expect(server.unlocked).toBe(false);
  });
});
