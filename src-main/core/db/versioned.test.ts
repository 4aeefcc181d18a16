import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, type Person } from '../testing/staff';
import { ADMIN, setUp, startTestCore, type TestCore } from '../testing/test-core';

const KAI: Person = { username: 'kai', displayName: 'Kai Admin', password: 'Zweite-Admin-Person-1', roles: ['admin'] };

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

describe('two admins editing one record', () => {
  it('refuses the stale save with CONFLICT naming who changed it and when, and overwrites nothing', async () => {
    t = await startTestCore();
    await setUp(t);
    await createStaff(t, [KAI]);
    const anna = t.client('10.0.0.1');
    const kai = t.client('10.0.0.2');
    await anna.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    await kai.must('session.login', { username: KAI.username, password: KAI.password });
    const { user } = await anna.must('users.create', { username: 'ines', displayName: 'Ines', roles: ['hotline'] });

    // Both open the same user at version 1; Kai saves first, five minutes later Anna.
    const loaded = (await anna.must('users.list', {})).find((u) => u.id === user.id)!;
    expect(loaded.version).toBe(1);
    const saved = await kai.must('users.update', { id: user.id, version: loaded.version, displayName: 'Ines Yılmaz', roles: ['hotline'] });
    expect(saved.version).toBe(2);
    t.clock.advance(5 * 60_000);
    const stale = await anna.call('users.update', { id: user.id, version: loaded.version, displayName: 'Ines', roles: ['hotline', 'caseworker'] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { changedBy: 'Kai Admin', changedAt: '2026-11-23T08:00:00.000Z' } } });

    const now = (await anna.must('users.list', {})).find((u) => u.id === user.id)!;
    expect(now).toMatchObject({ displayName: 'Ines Yılmaz', roles: ['hotline'], version: 2 });
    // Reloaded, Anna's save goes through.
    expect(await anna.must('users.update', { id: user.id, version: now.version, displayName: 'Ines Yılmaz', roles: ['hotline', 'caseworker'] })).toMatchObject({ version: 3 });
    // A change without the version it was loaded at is refused as incomplete, not applied.
    expect(await anna.call('users.update', { id: user.id, displayName: 'X', roles: ['hotline'] } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
