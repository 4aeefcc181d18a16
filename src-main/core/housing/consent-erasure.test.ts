import { afterEach, beforeEach, expect, it } from 'vitest';
import { household, startHousingCore } from '../testing/housing-fixtures';
import { colleague } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

/** Withdrawing a household's consent can erase the household with it (the caseworker confirms); the case keeps counting. */
let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

it('erases the household on confirmed withdrawal, in the ledger and the audit, and leaves another household alone', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
  const card = await t.must('housing.householdRegister', { household: household('HH-W7731', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  const other = await t.must('housing.householdRegister', { household: household('HH-W7732', 1), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  const consent = { givenOn: '2026-11-02', purpose: 'Weitergabe an Wohnungsbaugesellschaft', givenBy: 'dataSubject' as const, formLanguage: 'ar' };
  const given = await t.must('housing.consentRecord', { caseId: card.id, consent });
  const admin = await colleague(t, ADMIN, 'admin-pc');
  expect((await admin.must('privacy.subjectSearch', { reference: 'HH-W7731', modules: ['housing'] })).records.length).toBeGreaterThan(0);

  const detail = await t.must('housing.consentWithdraw', { caseId: card.id, consentId: given.consents[0]!.id, withdrawnOn: '2026-11-10', eraseHousehold: true });
  expect(detail.consents[0]!.withdrawnOn).toBe('2026-11-10');
  expect(JSON.stringify(detail)).not.toContain('W7731');
  expect((await admin.must('privacy.subjectSearch', { reference: 'HH-W7731', modules: ['housing'] })).records).toEqual([]);
  expect((await t.must('housing.caseGet', { id: other.id })).household.reference).toBe('HH-W7732');
  // The case stays, with its members, for the statistics.
  expect((await t.must('housing.caseGet', { id: card.id })).card.members).toBe(2);

  const erased = await admin.must('audit.list', { filter: { action: 'erase' } });
  expect(erased.entries).toHaveLength(1);
  expect(erased.entries[0]).toMatchObject({ entity: 'household', userName: 'Carla Caseworker', details: { reason: 'consentWithdrawn' } });
  expect(JSON.stringify(erased.entries)).not.toContain('W7731');
});

it('withdraws only, when the erasure is not confirmed', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
  const card = await t.must('housing.householdRegister', { household: household('HH-W7733', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  const given = await t.must('housing.consentRecord', { caseId: card.id, consent: { givenOn: '2026-11-02', purpose: 'Wohnungssuche', givenBy: 'dataSubject', formLanguage: 'de' } });
  const detail = await t.must('housing.consentWithdraw', { caseId: card.id, consentId: given.consents[0]!.id, withdrawnOn: '2026-11-10' });
  expect(detail.household.reference).toBe('HH-W7733');
});
