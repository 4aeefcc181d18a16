import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { household, startHousingCore } from '../testing/housing-fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

it('edits a household: languages, needs, status, income and members, within the shelter’s beds', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
  const card = await t.must('housing.householdRegister', { household: household('HH-E1', 3), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  const changed = { ...household('HH-E1', 4), languages: ['ku', 'de'], roomsNeeded: 3, accessibility: true, rentingStatus: 'permanentSettlement' as const, incomeSource: 'employment' as const };
  const { version } = (await t.must('housing.caseGet', { id: card.id })).household;
  const detail = await t.must('housing.householdUpdate', { caseId: card.id, version, household: changed });
  expect(detail.household).toMatchObject({ languages: ['ku', 'de'], roomsNeeded: 3, accessibility: true, rentingStatus: 'permanentSettlement', incomeSource: 'employment' });
  expect(detail.card.members).toBe(4);
  expect((await t.must('housing.accommodationsList', {}))[0]).toMatchObject({ occupied: 4, free: 1 });
  // Two more people do not fit the five beds; nothing changes.
  expect(await t.call('housing.householdUpdate', { caseId: card.id, version: detail.household.version, household: household('HH-E1', 6) })).toMatchObject({
    ok: false,
    error: { code: 'ACCOMMODATION_FULL' },
  });
  expect((await t.must('housing.caseGet', { id: card.id })).card.members).toBe(4);
  // Another household's reference is taken.
  await t.must('housing.householdRegister', { household: household('HH-E2', 1), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  expect(await t.call('housing.householdUpdate', { caseId: card.id, version: detail.household.version, household: { ...changed, reference: 'HH-E2' } })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

it('edits a contact and an offer in place', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
  const card = await t.must('housing.householdRegister', { household: household('HH-E3', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  let detail = await t.must('housing.contactSave', { caseId: card.id, role: 'landlord', name: 'Hausverwaltung Ems', phone: '', email: '' });
  const { id: contactId, version } = detail.contacts[0]!;
  detail = await t.must('housing.contactSave', { id: contactId, version, caseId: card.id, role: 'landlord', name: 'Hausverwaltung Ems GmbH', phone: '05971 1', email: 'info@example.invalid' });
  expect(detail.contacts).toEqual([{ id: contactId, version: 2, role: 'landlord', name: 'Hausverwaltung Ems GmbH', phone: '05971 1', email: 'info@example.invalid' }]);

  const offer = await t.must('housing.offerSave', { address: 'Emsstraße 1', rooms: 2, sizeSqm: 50, rentCents: 45_000, freeFrom: '2026-12-01', landlordType: 'private', reservedForCaseId: null });
  const edited = await t.must('housing.offerSave', { id: offer.id, version: offer.version, address: 'Emsstraße 1a', rooms: 2, sizeSqm: 52, rentCents: 43_000, freeFrom: '2026-12-15', landlordType: 'private', reservedForCaseId: card.id });
  expect(edited).toMatchObject({ id: offer.id, address: 'Emsstraße 1a', rentCents: 43_000, reservedForReference: 'HH-E3' });
  expect((await t.must('housing.offersList', { includePast: false })).rows).toHaveLength(1);
});

it('records and withdraws the household’s consent through the core consent service, shown on the case', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 5 });
  const card = await t.must('housing.householdRegister', { household: household('HH-C1', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  const consent = { givenOn: '2026-11-02', purpose: 'Weitergabe an Wohnungsbaugesellschaft', givenBy: 'dataSubject' as const, formLanguage: 'ar' };
  let detail = await t.must('housing.consentRecord', { caseId: card.id, consent });
  expect(detail.consents).toEqual([expect.objectContaining({ ...consent, withdrawnOn: null, recordedByName: 'Carla Caseworker' })]);
  // Not in the future.
  expect(await t.call('housing.consentRecord', { caseId: card.id, consent: { ...consent, givenOn: '2099-01-01' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

  const other = await t.must('housing.householdRegister', { household: household('HH-C2', 1), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  // A consent is withdrawn only through its own household's case.
  expect(await t.call('housing.consentWithdraw', { caseId: other.id, consentId: detail.consents[0]!.id, withdrawnOn: '2026-11-10' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  detail = await t.must('housing.consentWithdraw', { caseId: card.id, consentId: detail.consents[0]!.id, withdrawnOn: '2026-11-10' });
  expect(detail.consents[0]!.withdrawnOn).toBe('2026-11-10');
  expect((await t.must('housing.caseGet', { id: other.id })).consents).toEqual([]);
});
