import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type TestCore } from '../testing/test-core';
import { HANNA, hotlineCore, newEmployer, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

describe('the hotline taxonomy', () => {
  it('starts with the topics and routing targets of the brief, and only admins extend it', async () => {
    const tax = await taxonomyByKey(t);
    expect(tax('legal.trainingToleration').parentId).toBe(tax('legal').id);
    expect(tax('routing.teamBeratung').kind).toBe('routing');
    const entry = { kind: 'subtopic' as const, parentId: tax('social').id, labelDe: 'Schulden', labelEn: 'Debts', labelAr: 'الديون' };
    expect(await t.call('hotline.taxonomyAdd', entry)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await signIn(t, ADMIN);
    const added = await t.must('hotline.taxonomyAdd', entry);
    expect(added).toMatchObject({ key: null, labels: { de: 'Schulden', en: 'Debts', ar: 'الديون' }, parentId: tax('social').id });
    expect(await t.call('hotline.taxonomyAdd', { ...entry, parentId: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    await signIn(t, HANNA);
    expect((await t.must('hotline.taxonomy', {})).map((e) => e.id)).toContain(added.id);
  });

  it('entries are deactivated by an admin: gone from new calls and outreach, kept on logged calls', async () => {
    const tax = await taxonomyByKey(t);
    const employer = await newEmployer(t, 'Spedition Rheine-Nord');
    const call = (routingId: number) => ({
      draftId: null,
      call: {
        employerId: employer.id, callerName: 'Herr Demir', callerRole: '', employeeRef: '', topicId: tax('language').id, subtopicId: null,
        question: 'Sprachkurs?', answer: '', answeredInCall: true, urgency: 'normal' as const, routingId, handoverNote: '', heardViaId: null,
      },
      followUp: null,
    });
    const logged = await t.must('hotline.callLog', call(tax('routing.chambers').id));
    const chambers = tax('routing.chambers').id;
    expect(await t.call('hotline.taxonomySetActive', { id: chambers, active: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The admin holds no hotline role and still maintains the module's lists.
    await signIn(t, ADMIN);
    expect(await t.must('hotline.taxonomySetActive', { id: chambers, active: false })).toMatchObject({ id: chambers, active: false });
    expect(await t.must('hotline.taxonomySetActive', { id: tax('channel.flyer').id, active: false })).toMatchObject({ active: false });
    expect(await t.call('hotline.taxonomySetActive', { id: 999_999, active: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('hotline.callsList', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await signIn(t, HANNA);
    expect((await t.must('hotline.taxonomy', {})).find((e) => e.id === chambers)).toMatchObject({ active: false });
    expect(await t.call('hotline.callLog', call(chambers))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const outreach = { kind: 'flyer' as const, place: 'Stadthalle', channelId: tax('channel.flyer').id, count: 50, date: '2026-11-20', notes: '' };
    expect(await t.call('hotline.outreachSave', { id: null, outreach })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await t.must('hotline.callGet', { id: logged.id })).routingId).toBe(chambers);

    await signIn(t, ADMIN);
    await t.must('hotline.taxonomySetActive', { id: chambers, active: true });
    await signIn(t, HANNA);
    expect(await t.must('hotline.callLog', call(chambers))).toMatchObject({ routingId: chambers });
  });
});

describe('employers', () => {
  it('are found as you type, paginated, with their contacts', async () => {
    for (let i = 1; i <= 30; i++) await newEmployer(t, `Bäckerei Nummer ${String(i).padStart(2, '0')}`);
    const other = await newEmployer(t, 'Müller & Söhne 100%');
    expect((await t.must('hotline.employersList', { query: 'BÄCK' })).total).toBe(30);
    const first = await t.must('hotline.employersList', { query: 'bäck', page: 1 });
    const second = await t.must('hotline.employersList', { query: 'bäck', page: 2 });
    expect(first.items).toHaveLength(25);
    expect(second.items.map((e) => e.name)).toEqual(['Bäckerei Nummer 26', 'Bäckerei Nummer 27', 'Bäckerei Nummer 28', 'Bäckerei Nummer 29', 'Bäckerei Nummer 30']);
    // LIKE wildcards typed by a user match themselves.
    expect((await t.must('hotline.employersList', { query: '0%' })).items.map((e) => e.id)).toEqual([other.id]);

    await t.must('hotline.contactSave', { employerId: other.id, id: null, contact: { name: 'Petra Müller', role: 'Inhaberin', phone: '05971 1234', email: '' } });
    expect(await t.call('hotline.contactSave', { employerId: other.id, id: null, contact: { name: 'X', role: '', phone: '', email: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await t.must('hotline.employerGet', { id: other.id })).contacts).toEqual([expect.objectContaining({ name: 'Petra Müller' })]);
  });
});

describe('employer contacts and outreach entries', () => {
  it('contacts are corrected and removed, only under their own employer', async () => {
    const employer = await newEmployer(t, 'Pflegedienst Sonnenhof');
    const other = await newEmployer(t, 'Autohaus Emsland');
    const petra = await t.must('hotline.contactSave', { employerId: employer.id, id: null, contact: { name: 'Petra Müller', role: 'Inhaberin', phone: '05971 1234', email: '' } });
    const ali = await t.must('hotline.contactSave', { employerId: employer.id, id: null, contact: { name: 'Ali Kaya', role: 'Pflegedienstleitung', phone: '', email: '' } });

    const corrected = { name: 'Petra Müller-Haddad', role: 'Inhaberin', phone: '05971 9876', email: 'p.mueller@sonnenhof.example' };
    expect(await t.must('hotline.contactSave', { employerId: employer.id, id: petra.id, contact: corrected })).toEqual({ id: petra.id, ...corrected });
    expect(await t.call('hotline.contactSave', { employerId: other.id, id: petra.id, contact: corrected })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('hotline.contactRemove', { employerId: other.id, id: ali.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expect(await t.must('hotline.contactRemove', { employerId: employer.id, id: ali.id })).toBeNull();
    expect((await t.must('hotline.employerGet', { id: employer.id })).contacts).toEqual([{ id: petra.id, ...corrected }]);
    expect(await t.call('hotline.contactRemove', { employerId: employer.id, id: ali.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('outreach entries are corrected, and may keep a channel deactivated since', async () => {
    const tax = await taxonomyByKey(t);
    const entry = { kind: 'event' as const, place: 'Ausbildungsmesse Rheine', channelId: tax('channel.trainingFair').id, count: 40, date: '2026-10-15', notes: '' };
    const saved = await t.must('hotline.outreachSave', { id: null, outreach: entry });
    const fixed = await t.must('hotline.outreachSave', { id: saved.id, outreach: { ...entry, count: 45, notes: 'Stand mit IHK' } });
    expect(fixed).toEqual({ id: saved.id, ...entry, count: 45, notes: 'Stand mit IHK' });
    expect((await t.must('hotline.outreachList', {})).items).toEqual([fixed]);
    expect(await t.call('hotline.outreachSave', { id: 999_999, outreach: entry })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await signIn(t, ADMIN);
    await t.must('hotline.taxonomySetActive', { id: tax('channel.trainingFair').id, active: false });
    await signIn(t, HANNA);
    expect(await t.must('hotline.outreachSave', { id: saved.id, outreach: { ...entry, count: 50 } })).toMatchObject({ count: 50, channelId: tax('channel.trainingFair').id });
    // Switching to an inactive channel is refused like a new entry would be.
    await signIn(t, ADMIN);
    await t.must('hotline.taxonomySetActive', { id: tax('channel.flyer').id, active: false });
    await signIn(t, HANNA);
    expect(await t.call('hotline.outreachSave', { id: saved.id, outreach: { ...entry, channelId: tax('channel.flyer').id } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
