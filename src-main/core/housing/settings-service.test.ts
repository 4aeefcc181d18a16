import { afterEach, beforeEach, expect, it } from 'vitest';
import type { HousingSettingsView } from '../../contract/housing';
import { loginAdmin, type TestCore } from '../testing/test-core';
import { CASEWORKER, fromHere, household, startHousingCore } from '../testing/housing-fixtures';
import { signIn } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

const asAdmin = async () => {
  await t.must('session.logout', {});
  await loginAdmin(t);
};
const asCaseworker = async () => {
  await t.must('session.logout', {});
  await signIn(t, CASEWORKER);
};
const custom = (key: string, de: string) => ({ key, labels: { de }, skippable: true });
const withStages = (s: HousingSettingsView, insert: { key: string; labels: { de: string }; skippable: boolean }[]) => {
  const stages = [...s.stages];
  stages.splice(stages.findIndex((x) => x.key === 'leaseSigned'), 0, ...insert);
  return { ...s, stages };
};

it('refuses a stage of its own without a German name, naming the field', async () => {
  await asAdmin();
  const initial = await t.must('housing.settings', {});
  const refused = await t.call('housing.settingsSave', withStages(initial, [{ key: 'custom1', labels: { de: '  ' }, skippable: true }]));
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'stages.4.labels.de', message: 'housing:validation.stageName' }] } } });
  expect((await t.must('housing.settings', {})).stages).toHaveLength(7);
  // Built-in stages need none: their name is the translation.
  await t.must('housing.settingsSave', withStages(initial, [custom('custom1', 'Kaution')]));
});

it('lets an admin add rent-limit rows, reorder added stages and remove those no case stands in', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 10 });
  const card = await t.must('housing.householdRegister', { household: household('HH-S1', 2), accommodationId: shelter.id, movedInOn: '2025-01-01' });
  await asAdmin();
  const initial = await t.must('housing.settings', {});
  let saved = await t.must('housing.settingsSave', withStages(initial, [custom('customDeposit', 'Kaution'), custom('customFurniture', 'Erstausstattung')]));
  expect(saved.stages.map((s) => s.key).slice(4, 6)).toEqual(['customDeposit', 'customFurniture']);

  // Reordered: the furniture grant before the deposit, and before the viewing.
  const reordered = withStages(initial, []);
  reordered.stages.splice(3, 0, custom('customFurniture', 'Erstausstattung'));
  reordered.stages.splice(5, 0, custom('customDeposit', 'Kaution'));
  saved = await t.must('housing.settingsSave', { ...reordered, version: saved.version, rentLimits: [...initial.rentLimits, { persons: 7, maxRentCents: 99_000, maxSizeSqm: 140 }] });
  expect(saved.stages.map((s) => s.key)).toEqual(['registered', 'documentsReady', 'searching', 'customFurniture', 'viewingOffer', 'customDeposit', 'leaseSigned', 'movedOut', 'closed']);
  expect(saved.rentLimits.at(-1)).toEqual({ persons: 7, maxRentCents: 99_000, maxSizeSqm: 140 });
  // Two rows for the same household size are refused.
  expect(await t.call('housing.settingsSave', { ...saved, rentLimits: [...saved.rentLimits, { persons: 7, maxRentCents: 1, maxSizeSqm: 20 }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  // A case stands in the furniture stage: it cannot be removed; the unused deposit stage can.
  await asCaseworker();
  await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'customFurniture' }));
  await asAdmin();
  const without = (key: string) => ({ ...saved, stages: saved.stages.filter((s) => s.key !== key) });
  expect(await t.call('housing.settingsSave', without('customFurniture'))).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
  saved = await t.must('housing.settingsSave', without('customDeposit'));
  expect(saved.stages.map((s) => s.key)).not.toContain('customDeposit');
  // Built-in stages cannot be removed.
  expect(await t.call('housing.settingsSave', without('searching'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  // Caseworkers read them but cannot change them.
  await asCaseworker();
  expect((await t.must('housing.settings', {})).rentLimits).toHaveLength(7);
  expect(await t.call('housing.settingsSave', saved)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
