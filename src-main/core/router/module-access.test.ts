import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, moduleOfChannel, ROLES } from '../../contract';
import { ORG, loginAdmin, setUp, startTestCore, type TestCore } from '../testing/test-core';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

describe('a module switched off', () => {
  it('refuses every one of its channels with MODULE_DISABLED, even to a user holding every role, until it is switched on', async () => {
    t = await startTestCore();
    await setUp(t, ['hotline']);
    await loginAdmin(t);
    const me = (await t.must('users.list', {}))[0]!;
    await t.must('users.update', { id: me.id, version: me.version, displayName: me.displayName, roles: [...ROLES] });

    const poolChannels = CHANNEL_NAMES.filter((c) => moduleOfChannel(c) === 'pool');
    expect(poolChannels.length).toBeGreaterThan(10);
    for (const channel of poolChannels) {
      expect(await t.core.call(channel, {}), channel).toMatchObject({ ok: false, error: { code: 'MODULE_DISABLED' } });
    }
    // The module that is on answers.
    expect((await t.call('hotline.taxonomy', {})).ok).toBe(true);

    const { version } = await t.must('settings.installation', {});
    const saved = await t.must('settings.updateInstallation', { organisationName: ORG, modules: ['hotline', 'pool'], version });
    expect((await t.call('pool.settingsGet', {})).ok).toBe(true);

    await t.must('settings.updateInstallation', { organisationName: ORG, modules: ['pool'], version: saved.version });
    expect(await t.call('hotline.taxonomy', {})).toMatchObject({ ok: false, error: { code: 'MODULE_DISABLED' } });
  });
});
