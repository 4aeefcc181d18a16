import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import type { TestCore } from '../testing/test-core';
import { callInput, HANNA, hotlineCore, newEmployer, OLAF, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

describe('a hotline call', () => {
  it('is logged from its draft, routed, followed up, completed and closed with an outcome', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const draft = await t.must('hotline.draftStart', {});
    expect(draft.startedAt).toBe('2026-11-23T08:00:00.000Z');
    await t.must('hotline.draftSave', { id: draft.id, data: { employerId: employer.id, callerName: 'Frau Kö' } });
    t.clock.advance(4 * 60_000);

    const call = await t.must('hotline.callLog', {
      draftId: draft.id,
      call: await callInput(t, employer.id),
      followUp: { kind: 'callBack', dueOn: '2026-11-24', dueTime: null, ownerUserId: null, note: '' },
    });
    const tax = await taxonomyByKey(t);
    expect(call).toMatchObject({
      status: 'open',
      employerName: 'Gasthof Emsblick',
      routingId: tax('routing.foreignersAuthority').id,
      startedAt: '2026-11-23T08:00:00.000Z',
      endedAt: '2026-11-23T08:04:00.000Z',
      takenByName: HANNA.displayName,
      namedCase: false,
    });
    expect(call.followUps).toEqual([expect.objectContaining({ kind: 'callBack', status: 'open', overdue: false, ownerName: HANNA.displayName })]);
    // The draft became the call.
    expect(await t.must('hotline.draftsMine', {})).toEqual([]);

    // The follow-up is on Hanna's start page; she completes it the next morning.
    const mine = (await t.must('tasks.mine', {})).rows;
    expect(mine).toEqual([expect.objectContaining({ kind: 'hotline.callBack', title: `Gasthof Emsblick (#${call.id})`, subject: { type: 'hotlineCall', id: call.id } })]);
    t.clock.set(new Date('2026-11-24T09:00:00Z'));
    // A night later the session has locked itself.
    await signIn(t, HANNA);
    await t.must('tasks.complete', { id: mine[0]!.id, outcome: 'Arbeitgeber erreicht' });
    expect((await t.must('hotline.callGet', { id: call.id })).followUps[0]).toMatchObject({ status: 'done', outcome: 'Arbeitgeber erreicht' });

    const indicators = await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' });
    expect(indicators).toMatchObject({ totalCalls: 1, answeredInCall: 0, followedUp: 1, averageDaysToFollowUp: 1, openFollowUps: 0 });
    expect(indicators.callsByMonthRouting).toEqual([{ month: '2026-11', routingId: tax('routing.foreignersAuthority').id, count: 1 }]);
    expect(indicators.callsByChannel).toEqual([{ channelId: tax('channel.flyer').id, calls: 1, outreachCount: 0 }]);

    // The employer's history shows the call.
    const history = await t.must('hotline.callsList', { employerId: employer.id });
    expect(history.items.map((c) => c.id)).toEqual([call.id]);

    // Closing requires an outcome.
    expect(await t.call('hotline.callClose', { id: call.id, version: call.version, outcome: '  ' })).toMatchObject({ ok: false, error: { code: 'OUTCOME_REQUIRED' } });
    const closed = await t.must('hotline.callClose', { id: call.id, version: call.version, outcome: 'Ausbildung kann beginnen' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'Ausbildung kann beginnen' });
    expect(await t.call('hotline.callClose', { id: call.id, version: closed.version, outcome: 'again' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  it('knows on a fixed clock when a follow-up is overdue', async () => {
    const employer = await newEmployer(t, 'Tischlerei Öztürk');
    const call = await t.must('hotline.callLog', {
      draftId: null,
      call: await callInput(t, employer.id),
      // Due tomorrow without a time: by the end of that day in Rheine (23:59 CET = 22:59 UTC).
      followUp: { kind: 'action', dueOn: '2026-11-24', dueTime: null, ownerUserId: null, note: '' },
    });
    t.clock.set(new Date('2026-11-24T22:58:00Z'));
    await signIn(t, HANNA);
    expect((await t.must('tasks.mine', {})).rows[0]).toMatchObject({ overdue: false });
    expect((await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' })).overdueFollowUps).toBe(0);
    t.clock.set(new Date('2026-11-24T23:00:00Z'));
    await signIn(t, HANNA);
    expect((await t.must('tasks.mine', {})).rows[0]).toMatchObject({ overdue: true, subject: { type: 'hotlineCall', id: call.id } });
    expect((await t.must('hotline.callGet', { id: call.id })).followUps[0]).toMatchObject({ overdue: true });
    expect(await t.must('hotline.indicators', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ openFollowUps: 1, overdueFollowUps: 1 });
    // A follow-up with a time is due at that wall-clock time.
    await t.must('hotline.followUpAdd', { callId: call.id, followUp: { kind: 'callBack', dueOn: '2026-11-25', dueTime: '10:00', ownerUserId: null, note: '' } });
    t.clock.set(new Date('2026-11-25T09:01:00Z'));
    await signIn(t, HANNA);
    expect((await t.must('hotline.callGet', { id: call.id })).followUps.map((f) => f.overdue)).toEqual([true, true]);
  });

  it('becomes a named case only after consent is recorded', async () => {
    const employer = await newEmployer(t, 'Pflegedienst Sonnenhof');
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    const named = { callId: call.id, version: call.version, employeeName: 'Yusuf Haddad', employeeContact: '0151 000000' };
    expect(await t.call('hotline.namedCase', named)).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect((await t.must('hotline.callGet', { id: call.id })).employeeName).toBeNull();
    // Consent for another purpose does not open the gate.
    expect(
      await t.call('hotline.consentRecord', { callId: call.id, consent: { givenOn: '2026-11-23', purpose: 'newsletter', givenBy: 'dataSubject', formLanguage: 'ar' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const consent = await t.must('hotline.consentRecord', {
      callId: call.id,
      consent: { givenOn: '2026-11-23', purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'ar' },
    });
    expect(consent).toMatchObject({ givenOn: '2026-11-23', formLanguage: 'ar', givenBy: 'dataSubject', recordedByName: HANNA.displayName });
    expect(await t.must('hotline.namedCase', named)).toMatchObject({ namedCase: true, employeeName: 'Yusuf Haddad' });
    expect(await t.must('hotline.consents', { callId: call.id })).toHaveLength(1);
  });

  it('keeps an over-long caller name in the draft as typed and refuses it when the call is logged, naming the field', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const draft = await t.must('hotline.draftStart', {});
    const long = 'Frau Dr. ' + 'Köster-'.repeat(12) + 'Emsland';
    expect(long.length).toBeGreaterThan(80);
    await t.must('hotline.draftSave', { id: draft.id, data: { employerId: employer.id, callerName: long } });
    // Nothing is cut: the draft holds every character.
    expect((await t.must('hotline.draftsMine', {}))[0]!.data.callerName).toBe(long);
    const refused = await t.call('hotline.callLog', { draftId: draft.id, call: await callInput(t, employer.id, { callerName: long }), followUp: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'call.callerName', message: 'hotline:validation.callerNameTooLong' }] } } });
    // Eighty characters are fine.
    await t.must('hotline.callLog', { draftId: draft.id, call: await callInput(t, employer.id, { callerName: long.slice(0, 80) }), followUp: null });
  });

  it('hands a call over to a colleague as a task of theirs, never to nobody or to oneself', async () => {
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const staff = await t.must('hotline.staff', {});
    const olaf = staff.find((s) => s.displayName === OLAF.displayName)!;
    const hanna = staff.find((s) => s.displayName === HANNA.displayName)!;
    const handover = (ownerUserId: number | null) => ({ kind: 'handover' as const, dueOn: '2026-11-24', dueTime: null, ownerUserId, note: 'Bitte übernehmen' });
    expect(await t.call('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: handover(null) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'followUp.ownerUserId', message: 'hotline:validation.handoverColleague' }] } },
    });
    expect(await t.call('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: handover(hanna.id) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'followUp.ownerUserId' }] } },
    });
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: handover(olaf.id) });
    expect((await t.must('tasks.mine', {})).rows).toEqual([]);
    await t.must('session.logout', {});
    await signIn(t, OLAF);
    expect((await t.must('tasks.mine', {})).rows).toEqual([expect.objectContaining({ kind: 'hotline.handover', title: `Gasthof Emsblick (#${call.id})`, ownerName: OLAF.displayName })]);
  });

  it('records support actions and refuses references of the wrong kind', async () => {
    const employer = await newEmployer(t, 'Autohaus Rheine-Nord');
    const tax = await taxonomyByKey(t);
    expect(
      await t.call('hotline.callLog', { draftId: null, call: await callInput(t, employer.id, { subtopicId: tax('social.housing').id }), followUp: null }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await t.call('hotline.callLog', { draftId: null, call: await callInput(t, employer.id, { routingId: tax('legal').id }), followUp: null }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const call = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, employer.id), followUp: null });
    const view = await t.must('hotline.supportActionAdd', {
      callId: call.id,
      action: { kind: 'mediation', date: '2026-11-23', durationMinutes: 45, outcome: 'Konflikt im Team geklärt' },
    });
    expect(view.supportActions).toEqual([expect.objectContaining({ kind: 'mediation', durationMinutes: 45 })]);
  });
});

describe('the call list', () => {
  it('is filtered by status and by a search over employer and caller, with open follow-ups counted', async () => {
    const emsblick = await newEmployer(t, 'Gasthof Emsblick');
    const demir = await newEmployer(t, 'Spedition Demir');
    const first = await t.must('hotline.callLog', {
      draftId: null,
      call: await callInput(t, emsblick.id, { callerName: 'Herr Demir' }),
      followUp: { kind: 'callBack', dueOn: '2026-11-24', dueTime: null, ownerUserId: null, note: '' },
    });
    t.clock.advance(60_000);
    const second = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, demir.id, { callerName: 'Herr_Demir', answeredInCall: true }), followUp: null });
    await t.must('hotline.callClose', { id: second.id, version: second.version, outcome: 'Erledigt' });

    const all = await t.must('hotline.callsList', {});
    expect(all).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(all.items).toEqual([
      expect.objectContaining({ id: second.id, employerId: demir.id, employerName: 'Spedition Demir', callerName: 'Herr_Demir', status: 'closed', answeredInCall: true, openFollowUps: 0 }),
      expect.objectContaining({ id: first.id, employerId: emsblick.id, employerName: 'Gasthof Emsblick', callerName: 'Herr Demir', status: 'open', answeredInCall: false, openFollowUps: 1 }),
    ]);
    const ids = async (filter: { status?: 'open' | 'closed'; query?: string }) => (await t.must('hotline.callsList', filter)).items.map((c) => c.id);
    expect(await ids({ status: 'open' })).toEqual([first.id]);
    expect(await ids({ status: 'closed' })).toEqual([second.id]);
    expect(await ids({ query: 'EMSBLICK' })).toEqual([first.id]);
    expect(await ids({ query: 'demir' })).toEqual([second.id, first.id]);
    // LIKE wildcards typed by a user match themselves.
    expect(await ids({ query: 'r_d' })).toEqual([second.id]);
    expect((await t.must('hotline.callsList', { query: 'r_d' })).total).toBe(1);
    expect(await t.must('hotline.callsList', { page: 2 })).toMatchObject({ items: [], total: 2, page: 2 });
  });
});
