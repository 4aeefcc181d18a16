import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callInput, hotlineCore, newEmployer } from '../testing/hotline-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

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

  it('are listed with how often and when they last called', async () => {
    const emsblick = await newEmployer(t, 'Gasthof Emsblick');
    const quiet = await newEmployer(t, 'Autohaus Emsland');
    await t.must('hotline.callLog', { draftId: null, call: await callInput(t, emsblick.id), followUp: null });
    t.clock.advance(5 * 60_000);
    const later = await t.must('hotline.callLog', { draftId: null, call: await callInput(t, emsblick.id), followUp: null });
    expect((await t.must('hotline.employersList', {})).items).toEqual([
      { id: quiet.id, name: 'Autohaus Emsland', city: 'Rheine', sector: 'Gastronomie', callCount: 0, lastCallAt: null, inCallWith: [] },
      { id: emsblick.id, name: 'Gasthof Emsblick', city: 'Rheine', sector: 'Gastronomie', callCount: 2, lastCallAt: later.startedAt, inCallWith: [] },
    ]);
  });
});

describe('employer contacts', () => {
  it('contacts are corrected and removed, only under their own employer', async () => {
    const employer = await newEmployer(t, 'Pflegedienst Sonnenhof');
    const other = await newEmployer(t, 'Autohaus Emsland');
    const petra = await t.must('hotline.contactSave', { employerId: employer.id, id: null, contact: { name: 'Petra Müller', role: 'Inhaberin', phone: '05971 1234', email: '' } });
    const ali = await t.must('hotline.contactSave', { employerId: employer.id, id: null, contact: { name: 'Ali Kaya', role: 'Pflegedienstleitung', phone: '', email: '' } });

    const corrected = { name: 'Petra Müller-Haddad', role: 'Inhaberin', phone: '05971 9876', email: 'p.mueller@sonnenhof.example' };
    expect(await t.must('hotline.contactSave', { employerId: employer.id, id: petra.id, version: petra.version, contact: corrected })).toEqual({
      id: petra.id,
      version: 2,
      ...corrected,
    });
    expect(await t.call('hotline.contactSave', { employerId: other.id, id: petra.id, version: 2, contact: corrected })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('hotline.contactRemove', { employerId: other.id, id: ali.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expect(await t.must('hotline.contactRemove', { employerId: employer.id, id: ali.id })).toBeNull();
    expect((await t.must('hotline.employerGet', { id: employer.id })).contacts).toEqual([{ id: petra.id, version: 2, ...corrected }]);
    expect(await t.call('hotline.contactRemove', { employerId: employer.id, id: ali.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
