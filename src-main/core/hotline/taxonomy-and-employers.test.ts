import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type TestCore } from '../testing/temp-core';
import { HANNA, hotlineCore, newEmployer, signIn, taxonomyByKey } from './hotline-test-kit';

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
