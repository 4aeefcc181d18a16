import { afterEach, describe, expect, it } from 'vitest';
import { compose } from './composition';
import { AppError } from './errors';
import type { CoreModule } from './module';
import { CORE_MODULES } from './modules';
import { POOL_SETTINGS } from './pool/settings';
import { writeSetting } from './settings/settings-store';
import { loginAdmin, setUp, startTestCore, type TestCore } from './testing/test-core';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

/**
 * The shipped application, except that `pool.settingsSave` writes everything it was given and
 * then fails: the shape of a real handler whose second step throws after its first has written.
 */
function failingAfterWrite(failure: () => Error) {
  const modules = CORE_MODULES.map((m): CoreModule =>
    m.contract.id !== 'pool'
      ? m
      : {
          ...m,
          handlers: {
            ...m.handlers,
            'pool.settingsSave': async (input, ctx) => {
              const { db, audit } = ctx.signedIn();
              await writeSetting(db, POOL_SETTINGS, input as never);
              await audit({ action: 'update', entity: 'poolSettings' });
              throw failure();
            },
          } as CoreModule['handlers'],
        },
  );
  return compose(modules);
}

async function start(failure: () => Error): Promise<TestCore> {
  const core = await startTestCore({ composition: failingAfterWrite(failure) });
  await setUp(core, ['pool']);
  await loginAdmin(core);
  return core;
}

describe('a write call that fails after writing', () => {
  for (const [kind, failure] of [
    ['an unexpected error', () => new Error('disk on fire')],
    ['a refusal (AppError)', () => new AppError('CONFLICT')],
  ] as const) {
    it(`leaves no trace when it ends in ${kind}`, async () => {
      t = await start(failure);
      const before = await t.must('pool.settingsGet', {});
      const entriesBefore = (await t.must('maintenance.verify', {})).audit.entries;

      const result = await t.call('pool.settingsSave', { ...before, travelBufferMinutes: before.travelBufferMinutes + 15 });

      expect(result.ok).toBe(false);
      expect(await t.must('pool.settingsGet', {})).toEqual(before);
      const report = await t.must('maintenance.verify', {});
      // One more entry: the verify call above; nothing from the failed call.
      expect(report.audit.entries).toBe(entriesBefore + 1);
      expect(report.audit.intact).toBe(true);
    });
  }
});
