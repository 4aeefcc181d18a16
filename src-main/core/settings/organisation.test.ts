import { afterEach, describe, expect, it } from 'vitest';
import { colleague, createStaff, type Person } from '../testing/staff';
import { ADMIN, ORG, setUp, startTestCore, type TestCore } from '../testing/test-core';

const KAI: Person = { username: 'kai', displayName: 'Kai Admin', password: 'Zweite-Admin-Person-1', roles: ['admin'] };

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

describe('two admins on the organisation page', () => {
  it('the stale save is refused naming who saved in between, and neither the name nor the modules change', async () => {
    t = await startTestCore();
    await setUp(t, ['hotline']);
    await createStaff(t, [KAI]);
    const anna = await colleague(t, ADMIN, '10.0.0.1');
    const kai = await colleague(t, KAI, '10.0.0.2');

    const seenByAnna = await anna.must('settings.installation', {});
    const seenByKai = await kai.must('settings.installation', {});
    expect(seenByAnna).toEqual({ organisationName: ORG, modules: ['hotline'], version: 1 });

    expect(await kai.must('settings.updateInstallation', { ...seenByKai, organisationName: 'Caritasverband Rheine' })).toMatchObject({ version: 2 });
    t.clock.advance(5 * 60_000);
    // Anna only switches a module on; her page still shows the old name, which she would write back.
    expect(await anna.call('settings.updateInstallation', { ...seenByAnna, modules: ['hotline', 'pool'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { changedBy: 'Kai Admin', changedAt: '2026-11-23T08:00:00.000Z' } },
    });
    const now = await anna.must('settings.installation', {});
    expect(now).toEqual({ organisationName: 'Caritasverband Rheine', modules: ['hotline'], version: 2 });
    expect(await anna.must('settings.updateInstallation', { ...now, modules: ['hotline', 'pool'] })).toEqual({ ...now, modules: ['hotline', 'pool'], version: 3 });
  });
});
