import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASEWORKER, household } from '../testing/housing-fixtures';
import { colleague, startModuleCore, type Person } from '../testing/staff';
import { ADMIN, type TestClient, type TestCore } from '../testing/test-core';

const BEN: Person = { username: 'ben.case', displayName: 'Ben Beratung', password: 'zweiter-Fallmanager-8', roles: ['caseworker'] };
const KAI: Person = { username: 'kai.admin', displayName: 'Kai Admin', password: 'zweite-Admin-Person-9', roles: ['admin'] };
const CONFLICT_BY_BEN = { ok: false, error: { code: 'CONFLICT', details: { changedBy: 'Ben Beratung', changedAt: '2026-11-23T08:00:00.000Z' } } };

let t: TestCore;
let carla: TestClient;
let ben: TestClient;
beforeEach(async () => {
  t = await startModuleCore(['housing'], [CASEWORKER, BEN, KAI]);
  carla = await colleague(t, CASEWORKER, '10.0.0.1');
  ben = await colleague(t, BEN, '10.0.0.2');
});
afterEach(() => t.cleanup());

/** Ben saves at 08:00; Carla, still on what she loaded before, saves five minutes later. */
const fiveMinutesLater = () => t.clock.advance(5 * 60_000);

async function registered(reference: string) {
  const shelter = await carla.must('housing.accommodationSave', { name: 'Unterkunft Lingener Straße', address: 'Lingener Str. 1', units: 4, beds: 20 });
  const card = await carla.must('housing.householdRegister', { household: household(reference, 3), accommodationId: shelter.id, movedInOn: '2025-05-01' });
  return { shelter, card };
}

describe('two caseworkers editing one housing record', () => {
  it('a shelter and an offer: the stale save is refused naming Ben, and his changes stay', async () => {
    const { shelter } = await registered('HH-V1');
    const offer = await carla.must('housing.offerSave', { address: 'Emsstraße 1', rooms: 2, sizeSqm: 50, rentCents: 45_000, freeFrom: '2026-12-01', landlordType: 'private', reservedForCaseId: null });
    const [shelterSeenByBen] = await ben.must('housing.accommodationsList', {});
    const [offerSeenByBen] = (await ben.must('housing.offersList', { includePast: false })).rows;

    const { occupied: _o, free: _f, households: _h, freedLast90Days: _d, ...shelterInput } = shelterSeenByBen!;
    await ben.must('housing.accommodationSave', { ...shelterInput, beds: 24 });
    const { reservedForReference: _r, ...offerInput } = offerSeenByBen!;
    await ben.must('housing.offerSave', { ...offerInput, rentCents: 43_000 });
    fiveMinutesLater();
    expect(await carla.call('housing.accommodationSave', { id: shelter.id, version: shelter.version, name: 'Unterkunft Lingener Str.', address: 'Lingener Str. 1', units: 4, beds: 20 })).toMatchObject(
      CONFLICT_BY_BEN,
    );
    const { reservedForReference: _r2, ...stale } = offer;
    expect(await carla.call('housing.offerSave', { ...stale, address: 'Emsstraße 1a' })).toMatchObject(CONFLICT_BY_BEN);

    expect((await carla.must('housing.accommodationsList', {}))[0]).toMatchObject({ name: 'Unterkunft Lingener Straße', beds: 24, version: 2 });
    expect((await carla.must('housing.offersList', { includePast: false })).rows[0]).toMatchObject({ address: 'Emsstraße 1', rentCents: 43_000, version: 2 });
  });

  it('a household and a contact person of the case: the stale save keeps Ben’s', async () => {
    const { card } = await registered('HH-V2');
    await carla.must('housing.contactSave', { caseId: card.id, role: 'landlord', name: 'Hausverwaltung Ems', phone: '', email: '' });
    const seenByCarla = await carla.must('housing.caseGet', { id: card.id });
    const seenByBen = await ben.must('housing.caseGet', { id: card.id });
    const { id: _i, version: _v, movedInOn: _m, ...loaded } = seenByBen.household;

    await ben.must('housing.householdUpdate', { caseId: card.id, version: seenByBen.household.version, household: { ...loaded, accessibility: true } });
    await ben.must('housing.contactSave', { caseId: card.id, ...seenByBen.contacts[0]!, phone: '05971 1' });
    fiveMinutesLater();
    expect(await carla.call('housing.householdUpdate', { caseId: card.id, version: seenByCarla.household.version, household: { ...loaded, roomsNeeded: 4 } })).toMatchObject(
      CONFLICT_BY_BEN,
    );
    expect(await carla.call('housing.contactSave', { caseId: card.id, ...seenByCarla.contacts[0]!, name: 'Hausverwaltung Ems GmbH' })).toMatchObject(CONFLICT_BY_BEN);

    const now = await carla.must('housing.caseGet', { id: card.id });
    expect(now.household).toMatchObject({ accessibility: true, roomsNeeded: 2, version: 2 });
    expect(now.contacts).toEqual([{ ...seenByBen.contacts[0], phone: '05971 1', version: 2 }]);
  });

  it('the moved card: a move from the stage the case has left is refused naming who moved it', async () => {
    const { card } = await registered('HH-V3');
    // Both have the board open with the card under "registered"; Ben drags it first.
    expect((await ben.must('housing.casesList', {})).rows[0]).toMatchObject({ id: card.id, stage: 'registered' });
    await ben.must('housing.caseMove', { id: card.id, fromStage: 'registered', to: 'viewingOffer' });
    fiveMinutesLater();
    expect(await carla.call('housing.caseMove', { id: card.id, fromStage: 'registered', to: 'documentsReady' })).toMatchObject(CONFLICT_BY_BEN);

    const now = await carla.must('housing.caseGet', { id: card.id });
    expect(now.card.stage).toBe('viewingOffer');
    expect(now.history.map((h) => [h.fromStage, h.toStage, h.userName])).toEqual([
      [null, 'registered', 'Carla Caseworker'],
      ['registered', 'viewingOffer', 'Ben Beratung'],
    ]);
    // From where it stands now, Carla's move goes through.
    expect((await carla.must('housing.caseMove', { id: card.id, fromStage: 'viewingOffer', to: 'leaseSigned' })).card.stage).toBe('leaseSigned');
  });

  it('the housing settings, even before anyone saved them: the stale save keeps the colleague’s rules', async () => {
    const anna = await colleague(t, ADMIN, '10.0.0.3');
    const kai = await colleague(t, KAI, '10.0.0.4');
    const seenByAnna = await anna.must('housing.settings', {});
    const seenByKai = await kai.must('housing.settings', {});
    expect(seenByAnna.version).toBe(1);

    await kai.must('housing.settingsSave', { ...seenByKai, expiryWarningDays: 45 });
    fiveMinutesLater();
    expect(await anna.call('housing.settingsSave', { ...seenByAnna, rentLimitsAreExamples: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { changedBy: 'Kai Admin', changedAt: '2026-11-23T08:00:00.000Z' } },
    });
    expect(await anna.must('housing.settings', {})).toEqual({ ...seenByAnna, expiryWarningDays: 45, version: 2 });
  });
});
