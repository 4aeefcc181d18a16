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
    const entry = { kind: 'subtopic' as const, parentId: tax('social').id, labels: { de: 'Schulden', en: 'Debts', ar: 'الديون' } };
    expect(await t.call('hotline.taxonomyAdd', entry)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await signIn(t, ADMIN);
    const added = await t.must('hotline.taxonomyAdd', entry);
    expect(added).toMatchObject({ key: null, labels: { de: 'Schulden', en: 'Debts', ar: 'الديون' }, parentId: tax('social').id });
    expect(await t.call('hotline.taxonomyAdd', { ...entry, parentId: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // German is required, the other languages fall back to it; an empty text is not stored.
    const noGerman = await t.call('hotline.taxonomyAdd', { ...entry, labels: { de: ' ', en: 'Debts' } });
    expect(noGerman).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!noGerman.ok) expect(noGerman.error.details?.issues).toEqual([expect.objectContaining({ path: 'labels.de', message: 'validation:required' })]);
    expect((await t.must('hotline.taxonomyAdd', { ...entry, labels: { de: 'Pfändung', en: '' } })).labels).toEqual({ de: 'Pfändung' });

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
