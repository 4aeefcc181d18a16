import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import { callInput, HANNA, hotlineCore, newEmployer, OLAF, taxonomyByKey } from '../testing/hotline-fixtures';
import { colleague } from '../testing/staff';
import type { TestClient, TestCore } from '../testing/test-core';

const CONFLICT_BY_OLAF = { ok: false, error: { code: 'CONFLICT', details: { changedBy: 'Olaf Hotline', changedAt: '2026-11-23T08:00:00.000Z' } } };

let t: TestCore;
let hanna: TestClient;
let olaf: TestClient;
beforeEach(async () => {
  t = await hotlineCore();
  hanna = await colleague(t, HANNA, '10.0.0.1');
  olaf = await colleague(t, OLAF, '10.0.0.2');
});
afterEach(() => t.cleanup());

/** Olaf saves at 08:00; Hanna, still on what she loaded before, saves five minutes later. */
const fiveMinutesLater = () => t.clock.advance(5 * 60_000);

describe('two hotline workers editing one record', () => {
  it('an employer and a contact person: the stale save is refused naming Olaf, and his changes stay', async () => {
    const created = await newEmployer(t, 'Gasthof Emsblick');
    const contact = { name: 'Petra Müller', role: '', phone: '', email: '' };
    const petra = await t.must('hotline.contactSave', { employerId: created.id, id: null, contact });
    const seenByHanna = await hanna.must('hotline.employerGet', { id: created.id });
    const seenByOlaf = await olaf.must('hotline.employerGet', { id: created.id });
    expect(seenByHanna).toMatchObject({ version: 1, contacts: [{ version: 1 }] });
    const { id: _id, version: _v, contacts: _c, createdAt: _a, inCallWith: _i, ...employer } = seenByOlaf;

    await olaf.must('hotline.employerSave', { id: created.id, version: seenByOlaf.version, employer: { ...employer, notes: 'Ruft meist freitags an' } });
    await olaf.must('hotline.contactSave', { employerId: created.id, id: petra.id, version: seenByOlaf.contacts[0]!.version, contact: { ...contact, phone: '05971 1234' } });
    fiveMinutesLater();
    expect(await hanna.call('hotline.employerSave', { id: created.id, version: seenByHanna.version, employer: { ...employer, sector: 'Hotel' } })).toMatchObject(
      CONFLICT_BY_OLAF,
    );
    const loadedContact = seenByHanna.contacts[0]!;
    expect(await hanna.call('hotline.contactSave', { employerId: created.id, id: petra.id, version: loadedContact.version, contact: { ...contact, role: 'Inhaberin' } })).toMatchObject(
      CONFLICT_BY_OLAF,
    );

    expect(await hanna.must('hotline.employerGet', { id: created.id })).toMatchObject({
      sector: 'Gastronomie',
      notes: 'Ruft meist freitags an',
      version: 2,
      contacts: [{ name: 'Petra Müller', role: '', phone: '05971 1234', version: 2 }],
    });
  });

  it('an outreach entry: the stale correction keeps Olaf’s count', async () => {
    const tax = await taxonomyByKey(t);
    const entry = { kind: 'event' as const, place: 'Ausbildungsmesse Rheine', channelId: tax('channel.trainingFair').id, count: 40, date: '2026-10-15', notes: '' };
    const saved = await hanna.must('hotline.outreachSave', { id: null, outreach: entry });
    const [seenByOlaf] = (await olaf.must('hotline.outreachList', {})).items;

    await olaf.must('hotline.outreachSave', { id: saved.id, version: seenByOlaf!.version, outreach: { ...entry, count: 45 } });
    fiveMinutesLater();
    expect(await hanna.call('hotline.outreachSave', { id: saved.id, version: saved.version, outreach: { ...entry, notes: 'Stand mit IHK' } })).toMatchObject(CONFLICT_BY_OLAF);
    expect((await hanna.must('hotline.outreachList', {})).items).toEqual([{ id: saved.id, version: 2, ...entry, count: 45 }]);
  });

  it('a logged call: a stale close or named case keeps the colleague’s outcome and name', async () => {
    const employer = await newEmployer(t, 'Pflegedienst Sonnenhof');
    const call = await hanna.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    await hanna.must('hotline.consentRecord', { callId: call.id, consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'ar' } });
    const seenByHanna = await hanna.must('hotline.callGet', { id: call.id });
    const seenByOlaf = await olaf.must('hotline.callGet', { id: call.id });

    await olaf.must('hotline.namedCase', { callId: call.id, version: seenByOlaf.version, employeeName: 'Yusuf Haddad', employeeContact: '0151 000000' });
    fiveMinutesLater();
    expect(await hanna.call('hotline.namedCase', { callId: call.id, version: seenByHanna.version, employeeName: 'Y. Hadad', employeeContact: '' })).toMatchObject(
      CONFLICT_BY_OLAF,
    );
    expect(await hanna.call('hotline.callClose', { id: call.id, version: seenByHanna.version, outcome: 'Erledigt' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { changedBy: 'Olaf Hotline' } },
    });
    expect(await hanna.must('hotline.callGet', { id: call.id })).toMatchObject({ status: 'open', outcome: null, employeeName: 'Yusuf Haddad', employeeContact: '0151 000000' });

    // Both close it from the same view: the first closes, the second is told who did.
    const reloaded = await olaf.must('hotline.callGet', { id: call.id });
    await olaf.must('hotline.callClose', { id: call.id, version: reloaded.version, outcome: 'Ausbildung kann beginnen' });
    expect(await hanna.call('hotline.callClose', { id: call.id, version: reloaded.version, outcome: 'Erledigt' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { changedBy: 'Olaf Hotline', changedAt: '2026-11-23T08:05:00.000Z' } },
    });
    expect(await hanna.must('hotline.callGet', { id: call.id })).toMatchObject({ status: 'closed', outcome: 'Ausbildung kann beginnen' });
  });
});

describe('a colleague’s call in progress', () => {
  it('shows who holds the draft and which employer it is about, never what is typed', async () => {
    const employer = await newEmployer(t, 'Spedition Demir');
    const quiet = await newEmployer(t, 'Autohaus Emsland');
    expect(await hanna.must('hotline.draftsHeld', {})).toEqual([]);

    // Olaf picks up the phone: an empty screen is no call in progress yet.
    const draft = await olaf.must('hotline.draftStart', {});
    expect(await hanna.must('hotline.draftsHeld', {})).toEqual([]);
    const secret = { employerId: employer.id, employerName: 'Spedition Demir', callerName: 'Herr Demir', question: 'Darf Herr K. mit Duldung arbeiten?' };
    await olaf.must('hotline.draftSave', { id: draft.id, data: secret });

    const held = await hanna.must('hotline.draftsHeld', {});
    expect(held).toEqual([{ draftId: draft.id, holderName: 'Olaf Hotline', startedAt: draft.startedAt, employerId: employer.id, employerName: 'Spedition Demir' }]);
    expect((await hanna.must('hotline.employerGet', { id: employer.id })).inCallWith).toEqual(held);
    expect((await hanna.must('hotline.employerGet', { id: quiet.id })).inCallWith).toEqual([]);
    const rows = (await hanna.must('hotline.employersList', {})).items;
    expect(rows.map((r) => [r.name, r.inCallWith])).toEqual([
      ['Autohaus Emsland', []],
      ['Spedition Demir', ['Olaf Hotline']],
    ]);
    // Nothing Olaf typed reaches Hanna, and Olaf is not told about his own call.
    const seen = JSON.stringify([held, rows, await hanna.must('hotline.employerGet', { id: employer.id })]);
    for (const typed of ['Herr Demir', 'Duldung']) expect(seen).not.toContain(typed);
    expect(await olaf.must('hotline.draftsHeld', {})).toEqual([]);
    expect((await olaf.must('hotline.employerGet', { id: employer.id })).inCallWith).toEqual([]);

    // A draft whose employer is only typed, not chosen, names its holder but no employer.
    await olaf.must('hotline.draftSave', { id: draft.id, data: { ...secret, employerId: null } });
    expect(await hanna.must('hotline.draftsHeld', {})).toEqual([{ ...held[0], employerId: null, employerName: null }]);

    // The call logged, it is no longer in progress.
    await olaf.must('hotline.callLog', { draftId: draft.id, call: await callInput(t, employer.id), followUp: null });
    expect(await hanna.must('hotline.draftsHeld', {})).toEqual([]);
  });
});
