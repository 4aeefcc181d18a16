import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocumentExpiryTitle } from '../../contract/housing';
import { ADMIN, loginAdmin, type TestCore } from '../testing/test-core';
import { CASEWORKER, fromHere, household, startHousingCore } from '../testing/housing-fixtures';
import { signIn, later } from '../testing/staff';

const DAY = 86_400_000;
let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

async function shelter(beds = 10) {
  return t.must('housing.accommodationSave', { name: 'Unterkunft Lingener Straße', address: 'Lingener Str. 1, 48429 Rheine', units: 4, beds });
}

async function register(reference: string, members = 3, accommodationId?: number) {
  const a = accommodationId ?? (await shelter()).id;
  return t.must('housing.householdRegister', { household: household(reference, members), accommodationId: a, movedInOn: '2025-05-01' });
}

describe('housing: stage path through the service', () => {
  it('follows the configured path and records every move with time and user', async () => {
    const card = await register('HH-001');
    expect(card.stage).toBe('registered');
    // Not a neighbour, not over skippable stages only: refused by the service.
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'leaseSigned' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'nonsense' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });

    // By default documents ready and searching are skippable: a housing-company offer goes straight to a viewing.
    await later(t, CASEWORKER, 2 * DAY);
    let detail = await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }));
    expect(detail.card.stage).toBe('viewingOffer');
    // Back one step needs a reason.
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'searching' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await later(t, CASEWORKER, DAY);
    detail = await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'searching', reason: 'Wohnung anderweitig vergeben' }));
    expect(detail.history.map((h) => [h.fromStage, h.toStage, h.userName, h.at])).toEqual([
      [null, 'registered', CASEWORKER.displayName, '2026-11-23T08:00:00.000Z'],
      ['registered', 'viewingOffer', CASEWORKER.displayName, '2026-11-25T08:00:00.000Z'],
      ['viewingOffer', 'searching', CASEWORKER.displayName, '2026-11-26T08:00:00.000Z'],
    ]);
    expect(detail.history[2]!.reason).toBe('Wohnung anderweitig vergeben');

    // Paused resumes where it stopped; nothing else.
    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'paused', reason: 'Krankenhausaufenthalt' }));
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'registered' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    detail = await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'searching' }));
    expect(detail.card.stage).toBe('searching');
  });

  it('lets the admin rename, add and un-skip stages, and the path follows', async () => {
    const card = await register('HH-002');
    await t.must('session.logout', {});
    await loginAdmin(t);
    // An admin without the caseworker role reads and writes the settings (Administration page).
    const current = await t.must('housing.settings', {});
    expect(current.stages).toHaveLength(7);
    const stages = [
      { key: 'registered', labels: {}, skippable: false },
      { key: 'documentsReady', labels: { de: 'Unterlagen komplett', en: 'Papers complete', ar: 'الوثائق مكتملة' }, skippable: false },
      { key: 'searching', labels: {}, skippable: false },
      { key: 'viewingOffer', labels: {}, skippable: false },
      { key: 'customDeposit', labels: { de: 'Kaution geklärt', en: 'Deposit settled', ar: 'تمت تسوية التأمين' }, skippable: true },
      { key: 'leaseSigned', labels: {}, skippable: false },
      { key: 'movedOut', labels: {}, skippable: false },
      { key: 'closed', labels: {}, skippable: false },
    ];
    const base = { rentLimits: [{ persons: 1, maxRentCents: 40_000, maxSizeSqm: 50 }], rentLimitsAreExamples: false, expiryWarningDays: 30, followUpWeeks: [4, 12] };
    const saved = await t.must('housing.settingsSave', { stages, ...base, version: current.version });
    expect(saved.stages[1]!.labels.de).toBe('Unterlagen komplett');
    // Built-in stages keep their order.
    expect(await t.call('housing.settingsSave', { stages: [stages[0]!, stages[2]!, stages[1]!, ...stages.slice(3)], ...base, version: saved.version })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    await t.must('session.logout', {});
    await signIn(t, CASEWORKER);

    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    for (const to of ['documentsReady', 'searching', 'viewingOffer']) await t.must('housing.caseMove', await fromHere(t, { id: card.id, to, reason: 'Papierakte' }));
    const detail = await t.must('housing.caseGet', { id: card.id });
    expect(detail.card.allowedMoves.map((m) => m.to)).toEqual(['customDeposit', 'leaseSigned', 'searching', 'paused', 'withdrawn']);
    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'leaseSigned', moveOn: '2026-12-15' }));
  });

  it('is refused to users without the caseworker role', async () => {
    await t.must('session.logout', {});
    await t.must('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.call('housing.casesList', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('housing: per-actor clocks on a fixed clock', () => {
  it('runs each actor’s clock until the answer and shows whom the case waits on', async () => {
    const card = await register('HH-010');
    let detail = await t.must('housing.waitingStart', { caseId: card.id, actor: 'benefitsAgency', what: 'Mietübernahme' });
    const agencyWait = detail.waits[0]!.id;
    await later(t, CASEWORKER, 2 * DAY);
    detail = await t.must('housing.waitingStart', { caseId: card.id, actor: 'household', what: 'Einkommensnachweis' });
    await later(t, CASEWORKER, 3 * DAY);
    expect(detail.card.waitingOn).toMatchObject({ actor: 'benefitsAgency' });
    let list = await t.must('housing.casesList', {});
    expect(list.rows[0]!.waitingOn).toEqual({ actor: 'benefitsAgency', since: '2026-11-23T08:00:00.000Z', days: 5 });
    expect(list.rows[0]!.openWaits).toBe(2);

    detail = await t.must('housing.waitingAnswer', { id: agencyWait });
    expect(detail.card.waitingOn).toMatchObject({ actor: 'household', days: 3 });
    await later(t, CASEWORKER, 4 * DAY);
    // A second, later request to the agency: its days add up.
    await t.must('housing.waitingStart', { caseId: card.id, actor: 'benefitsAgency', what: 'Kaution' });
    await later(t, CASEWORKER, DAY);
    detail = await t.must('housing.caseGet', { id: card.id });
    expect(detail.totalsByActor).toEqual([
      { actor: 'benefitsAgency', days: 6 },
      { actor: 'household', days: 8 },
    ]);
    expect(await t.call('housing.waitingAnswer', { id: agencyWait })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    list = await t.must('housing.casesList', { sort: 'waitingDays' });
    expect(list.rows[0]!.waitingOn).toMatchObject({ actor: 'household', days: 8 });
  });
});

describe('housing: occupancy, move-out and follow-up', () => {
  it('frees the beds when a household moves out, plans follow-ups and counts the move-out', async () => {
    const a = await shelter(5);
    const card = await register('HH-020', 3, a.id);
    await register('HH-021', 2, a.id);
    expect((await t.must('housing.accommodationsList', {}))[0]).toMatchObject({ beds: 5, occupied: 5, free: 0, households: 2 });
    expect(await t.call('housing.householdRegister', { household: household('HH-022', 1), accommodationId: a.id, movedInOn: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOMMODATION_FULL' },
    });

    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }));
    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'leaseSigned', moveOn: '2026-12-01' }));
    let indicators = await t.must('housing.indicators', {});
    expect(indicators.forecast).toEqual([
      { month: '2026-11', fromSignedLeases: 0, estimated: 0 },
      { month: '2026-12', fromSignedLeases: 3, estimated: 0 },
      { month: '2027-01', fromSignedLeases: 0, estimated: 0 },
    ]);
    await later(t, CASEWORKER, new Date('2026-12-01T10:00:00Z'));
    const detail = await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'movedOut' }));
    expect(detail.card.stage).toBe('movedOut');
    expect((await t.must('housing.accommodationsList', {}))[0]).toMatchObject({ occupied: 2, free: 3, households: 1, freedLast90Days: 3 });

    const tasks = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.followUp');
    expect(tasks.map((task) => task.dueAt)).toEqual(['2026-12-29T08:00:00.000Z', '2027-02-23T08:00:00.000Z']);
    expect(tasks[0]!.subject).toEqual({ type: 'moveOutCase', id: card.id });

    indicators = await t.must('housing.indicators', {});
    expect(indicators.moveOutsPerQuarter).toEqual([{ quarter: '2026-Q4', households: 1, people: 3 }]);
    expect(indicators.occupancy).toEqual({ beds: 5, occupied: 2 });
    expect(indicators.medianMonthsInAccommodation).toBe(19);
    expect(indicators.pipeline.find((p) => p.stage === 'registered')!.cases).toBe(1);
    // The other household, still registered, is estimated by the finished case's time from registration (8 days).
    expect(indicators.forecastBasis).toBe(1);
    expect(indicators.forecast[0]).toEqual({ month: '2026-12', fromSignedLeases: 0, estimated: 2 });
  });

  it('cancels follow-ups and reminders when a case is withdrawn', async () => {
    const card = await register('HH-030');
    const docs = (await t.must('housing.caseGet', { id: card.id })).documents;
    await t.must('housing.documentSave', { id: docs[0]!.id, caseId: card.id, kind: 'wbs', status: 'received', statusOn: '2026-11-20', expiresOn: '2027-01-10' });
    expect((await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.documentExpiring')).toHaveLength(1);
    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'withdrawn', reason: 'Umzug in andere Stadt' }));
    expect((await t.must('tasks.mine', {})).rows).toEqual([]);
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'registered' }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  it('completes the open follow-ups when the case reaches follow-up done/closed', async () => {
    const card = await register('HH-031');
    for (const to of ['viewingOffer', 'leaseSigned', 'movedOut']) await t.must('housing.caseMove', await fromHere(t, { id: card.id, to }));
    const followUps = async () => (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.followUp');
    expect(await followUps()).toHaveLength(2);
    await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'closed' }));
    expect(await followUps()).toEqual([]);
  });
});

describe('housing: document checklist', () => {
  it('starts with the default items and flags documents near or past expiry', async () => {
    const card = await register('HH-040');
    let detail = await t.must('housing.caseGet', { id: card.id });
    expect(detail.documents.map((d) => [d.kind, d.status])).toEqual([
      ['wbs', 'missing'],
      ['rentArrearsClearance', 'missing'],
      ['rentApproval', 'missing'],
      ['idResidencePermit', 'missing'],
      ['incomeProof', 'missing'],
    ]);
    const [wbs, arrears, , id] = detail.documents;
    // Today is 2026-11-23; the warning window is 30 days.
    await t.must('housing.documentSave', { id: wbs!.id, caseId: card.id, kind: 'wbs', status: 'received', statusOn: '2026-11-01', expiresOn: '2026-12-20' });
    await t.must('housing.documentSave', { id: arrears!.id, caseId: card.id, kind: 'rentArrearsClearance', status: 'received', statusOn: '2026-11-01', expiresOn: '2027-06-01' });
    await t.must('housing.documentSave', { id: id!.id, caseId: card.id, kind: 'idResidencePermit', status: 'received', statusOn: '2026-11-01', expiresOn: '2026-11-22' });
    detail = await t.must('housing.documentSave', { caseId: card.id, kind: 'custom', customLabel: 'Schufa-Auskunft', status: 'requested', statusOn: '2026-11-23', expiresOn: null });
    expect(detail.documents.map((d) => d.flag)).toEqual(['expiring', null, null, 'expired', null, null]);
    expect(detail.card.expiringDocuments).toBe(2);
    expect(detail.documents[5]!.customLabel).toBe('Schufa-Auskunft');
    expect(await t.call('housing.documentSave', { caseId: card.id, kind: 'custom', status: 'missing', statusOn: null, expiresOn: null })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });

    // The far-off one turns into a flag once the clock reaches its window.
    await later(t, CASEWORKER, 160 * DAY);
    detail = await t.must('housing.caseGet', { id: card.id });
    expect(detail.documents[1]!.flag).toBe('expiring');
    // One reminder per received document with an expiry, due when its window opens.
    const reminders = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.documentExpiring');
    expect(reminders.map((r) => r.dueAt).sort()).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-23T08:00:00.000Z', '2027-05-02T06:00:00.000Z']);

    const print = await t.must('housing.checklistPrint', { caseId: card.id });
    expect(print).toMatchObject({ reference: 'HH-040', language: 'ar' });
  });
});

describe('housing: documents complete', () => {
  it('is reached with documents missing only with a reason, which the stage history keeps', async () => {
    const card = await register('HH-042');
    const docs = (await t.must('housing.caseGet', { id: card.id })).documents;
    const refused = await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'documentsReady' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'reason', message: 'housing:validation.documentsMissingReason' }] } } });
    expect((await t.must('housing.caseGet', { id: card.id })).card.stage).toBe('registered');

    const moved = await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'documentsReady', reason: 'WBS beantragt, Jobcenter bestätigt telefonisch' }));
    expect(moved.card.stage).toBe('documentsReady');
    expect(moved.history.at(-1)).toMatchObject({ toStage: 'documentsReady', reason: 'WBS beantragt, Jobcenter bestätigt telefonisch' });

    // With every document at hand (none past its expiry), no reason is asked.
    const other = await register('HH-043');
    for (const doc of (await t.must('housing.caseGet', { id: other.id })).documents) {
      await t.must('housing.documentSave', { id: doc.id, caseId: other.id, kind: doc.kind, status: 'received', statusOn: '2026-11-20', expiresOn: null });
    }
    expect((await t.must('housing.caseMove', await fromHere(t, { id: other.id, to: 'documentsReady' }))).card.stage).toBe('documentsReady');
    expect(docs).toHaveLength(5);
  });

  it('counts a received document past its expiry date as missing', async () => {
    const card = await register('HH-044');
    for (const doc of (await t.must('housing.caseGet', { id: card.id })).documents) {
      await t.must('housing.documentSave', { id: doc.id, caseId: card.id, kind: doc.kind, status: 'received', statusOn: '2026-01-10', expiresOn: doc.kind === 'wbs' ? '2026-11-01' : null });
    }
    expect(await t.call('housing.caseMove', await fromHere(t, { id: card.id, to: 'documentsReady' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('housing: document reminders', () => {
  it('name the document, and two documents of one name expiring the same day give one reminder', async () => {
    const card = await register('HH-041');
    const docs = (await t.must('housing.caseGet', { id: card.id })).documents;
    const [, arrears, approval, id] = docs;
    for (const doc of [arrears!, approval!, id!]) {
      await t.must('housing.documentSave', { id: doc.id, caseId: card.id, kind: doc.kind, status: 'received', statusOn: '2026-11-01', expiresOn: '2027-06-11' });
    }
    // A second member's residence permit, same expiry; and a document of the office's own.
    await t.must('housing.documentSave', { caseId: card.id, kind: 'idResidencePermit', status: 'received', statusOn: '2026-11-01', expiresOn: '2027-06-11' });
    await t.must('housing.documentSave', { caseId: card.id, kind: 'custom', customLabel: 'Schufa-Auskunft', status: 'received', statusOn: '2026-11-01', expiresOn: '2027-06-11' });
    const titles = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.documentExpiring').map((task) => task.title);
    expect(titles.sort()).toEqual([
      'HH-041 · 2027-06-11 · Schufa-Auskunft',
      'HH-041 · 2027-06-11 · idResidencePermit',
      'HH-041 · 2027-06-11 · rentApproval',
      'HH-041 · 2027-06-11 · rentArrearsClearance',
    ]);
    expect(parseDocumentExpiryTitle(titles[1]!)).toEqual({ reference: 'HH-041', expiresOn: '2027-06-11', kind: 'idResidencePermit', customLabel: null });
    expect(parseDocumentExpiryTitle(titles[0]!)).toMatchObject({ kind: 'custom', customLabel: 'Schufa-Auskunft' });
  });
});

describe('housing: offers and matching', () => {
  it('explains why a flat fits a household or not', async () => {
    const card = await register('HH-050', 3);
    const fitting = await t.must('housing.offerSave', { address: 'Emsstraße 4', rooms: 3, sizeSqm: 72, rentCents: 58_000, freeFrom: '2026-12-01', landlordType: 'housingCompany', reservedForCaseId: card.id });
    await t.must('housing.offerSave', { address: 'Marktstraße 9', rooms: 2, sizeSqm: 90, rentCents: 75_000, freeFrom: '2026-12-15', landlordType: 'private', reservedForCaseId: null });
    const matches = await t.must('housing.offersMatch', { caseId: card.id });
    expect(matches.map((m) => [m.offer.address, m.fits])).toEqual([
      ['Emsstraße 4', true],
      ['Marktstraße 9', false],
    ]);
    expect(matches[1]!.reasons.map((r) => r.key)).toEqual(['roomsOk', 'rentTooHigh', 'tooLarge']);
    expect(matches[0]!.offer.reservedForReference).toBe('HH-050');
    const detail = await t.must('housing.viewingSave', { caseId: card.id, offerId: fitting.id, at: '2026-11-27T10:00', outcome: 'accepted' });
    expect(detail.viewings).toEqual([{ id: expect.any(Number), offerId: fitting.id, offerAddress: 'Emsstraße 4', at: '2026-11-27T10:00', outcome: 'accepted' }]);
  });
});

describe('housing: the case list, paged in every order', () => {
  it('lists every case that has not ended, whatever its stage (one the installation added, too), and the ended ones when asked', async () => {
    const [kept, withdrawn, custom] = [await register('HH-501'), await register('HH-502'), await register('HH-503')];
    await t.must('housing.caseMove', await fromHere(t, { id: withdrawn.id, to: 'withdrawn', reason: 'Zieht zu Verwandten' }));
    await t.must('session.logout', {});
    await loginAdmin(t);
    const current = await t.must('housing.settings', {});
    const base = { rentLimits: current.rentLimits, rentLimitsAreExamples: current.rentLimitsAreExamples, expiryWarningDays: current.expiryWarningDays, followUpWeeks: current.followUpWeeks };
    const path = current.stages.map(({ key, labels, skippable }) => ({ key, labels, skippable }));
    const withDeposit = [...path.slice(0, 4), { key: 'customDeposit', labels: { de: 'Kaution geklärt' }, skippable: true }, ...path.slice(4)];
    const saved = await t.must('housing.settingsSave', { stages: withDeposit, ...base, version: current.version });
    await t.must('session.logout', {});
    await signIn(t, CASEWORKER);
    for (const to of ['documentsReady', 'searching', 'viewingOffer', 'customDeposit']) await t.must('housing.caseMove', await fromHere(t, { id: custom.id, to, reason: 'Papierakte' }));
    await t.must('session.logout', {});
    await loginAdmin(t);
    const offPath = await t.call('housing.settingsSave', { stages: path, ...base, version: saved.version });
    await t.must('session.logout', {});
    await signIn(t, CASEWORKER);

    const board = await t.must('housing.casesList', {});
    expect(board.rows.map((r) => r.id).sort()).toEqual([kept.id, custom.id].sort());
    expect(board.total).toBe(2);
    expect(board.rows.find((r) => r.id === custom.id)!.stage).toBe('customDeposit');
    const all = await t.must('housing.casesList', { includeEnded: true });
    expect(all.rows.map((r) => r.id).sort()).toEqual([kept.id, withdrawn.id, custom.id].sort());
    expect(all.total).toBe(3);
    expect((await t.must('housing.casesList', { stage: 'withdrawn' })).rows.map((r) => r.id)).toEqual([withdrawn.id]);
    // A stage cannot be taken off the path while a case stands in it.
    expect(offPath).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
  });

  it('gives each case once, in the same order page by page as on one page', async () => {
    // Different sizes, references, stage times and waits, so every order has something to sort.
    for (const [i, reference] of ['HH-305', 'HH-101', 'HH-240', 'HH-112', 'HH-330'].entries()) {
      const card = await register(reference, 1 + ((i * 3) % 5));
      if (i % 2 === 0) await t.must('housing.waitingStart', { caseId: card.id, actor: 'benefitsAgency', what: 'Mietübernahme' });
      await later(t, CASEWORKER, (i + 1) * DAY);
    }
    for (const sort of ['reference', 'stage', 'daysInStage', 'waitingDays', 'members'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = await t.must('housing.casesList', { sort, direction, limit: 500 });
        const paged = [];
        for (let offset = 0; offset < whole.total; offset += 2) paged.push(...(await t.must('housing.casesList', { sort, direction, limit: 2, offset })).rows);
        expect(paged.map((r) => r.id), `${sort} ${direction}`).toEqual(whole.rows.map((r) => r.id));
        expect(new Set(paged.map((r) => r.id)).size).toBe(5);
      }
    }
    const byReference = await t.must('housing.casesList', { sort: 'reference', direction: 'asc' });
    expect(byReference.rows.map((r) => r.reference)).toEqual(['HH-101', 'HH-112', 'HH-240', 'HH-305', 'HH-330']);
    const longestFirst = await t.must('housing.casesList', { sort: 'daysInStage', direction: 'desc' });
    expect(longestFirst.rows.map((r) => r.reference)).toEqual(['HH-305', 'HH-101', 'HH-240', 'HH-112', 'HH-330']);
  });
});
