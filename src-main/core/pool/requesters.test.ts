import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, interpreter, startPoolCore } from '../testing/pool-fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe('requesters', () => {
  it('are edited with several contact persons: kept ones keep their id, left-out ones go, bookings survive', async () => {
    const base = { id: null, name: 'Jobcenter Rheine (fiktiv)', type: 'authority' as const, trained: false, address: 'Lingener Str. 1', phone: '05971 0000' };
    const created = await t.must('pool.requesterSave', { ...base, contacts: [{ id: null, name: 'Herr Kaya', phone: '1', email: '' }] });
    const kaya = created.contacts[0]!;
    const [assignment] = (await t.must('pool.bookingCreate', { ...booking(created.id, '2026-11-24T10:00'), contactId: kaya.id })).ids;

    const edited = await t.must('pool.requesterSave', {
      ...base,
      id: created.id,
      version: created.version,
      trained: true,
      contacts: [
        { ...kaya, phone: '05971 1111' },
        { id: null, name: 'Frau Petrenko', phone: '2', email: 'petrenko@example.org' },
        { id: null, name: 'Herr Ahmadi', phone: '3', email: '' },
      ],
    });
    expect(edited.trained).toBe(true);
    expect(edited.contacts.map((c) => c.name)).toEqual(['Herr Kaya', 'Frau Petrenko', 'Herr Ahmadi']);
    expect(edited.contacts[0]).toEqual({ ...kaya, phone: '05971 1111' });

    // Herr Kaya leaves: his booking keeps the requester.
    const [, petrenko, ahmadi] = edited.contacts;
    const after = await t.must('pool.requesterSave', { ...base, id: created.id, version: edited.version, contacts: [petrenko!, ahmadi!] });
    expect(after.contacts.map((c) => c.id)).toEqual([petrenko!.id, ahmadi!.id]);
    expect((await t.must('pool.assignmentGet', { id: assignment! })).requesterId).toBe(created.id);

    // Another requester's contact cannot be taken over by id.
    const other = await t.must('pool.requesterSave', { ...base, name: 'Praxis Nord', contacts: [] });
    const stolen = await t.call('pool.requesterSave', { ...base, id: other.id, version: other.version, name: 'Praxis Nord', contacts: [petrenko!] });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('are searched by name with % and _ matching themselves, as are interpreters', async () => {
    const base = { id: null, type: 'practice' as const, trained: false, address: '', phone: '', contacts: [] };
    for (const name of ['Praxis 100% Gesund', 'Praxis 1000 Gesund', 'Schule_Nord', 'Schule-Nord']) await t.must('pool.requesterSave', { ...base, name });
    const names = async (search: string) => ((await t.must('pool.requestersList', { search })).rows).map((r) => r.name);
    expect(await names('100%')).toEqual(['Praxis 100% Gesund']);
    expect(await names('e_N')).toEqual(['Schule_Nord']);
    expect(await names('praxis')).toEqual(['Praxis 100% Gesund', 'Praxis 1000 Gesund']);

    // A picker asks for as many as it shows, and still learns how many match.
    const few = await t.must('pool.requestersList', { search: 'e', limit: 2 });
    expect(few.rows.map((r) => r.name)).toEqual(['Praxis 100% Gesund', 'Praxis 1000 Gesund']);
    expect(few.total).toBe(4);
    expect(few.pageSize).toBe(2);
    for (const limit of [0, 501, 1.5]) {
      expect(await t.call('pool.requestersList', { search: '', limit }), String(limit)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'limit' }] } } });
    }

    await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Ali_Demir', nameNative: 'Ali_Demir' }));
    await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Ali-Demir', nameNative: 'Ali-Demir' }));
    const found = await t.must('pool.interpretersList', { search: 'i_D', status: null });
    expect(found.rows.map((i) => i.nameLatin)).toEqual(['Ali_Demir']);
    expect(found.total).toBe(1);
  });

  it('an interpreter read back names the requesters its conflicts of interest name, so the form can show them', async () => {
    const base = { id: null, type: 'practice' as const, trained: false, address: '', phone: '', contacts: [] };
    const nord = await t.must('pool.requesterSave', { ...base, name: 'Praxis Nord' });
    const sued = await t.must('pool.requesterSave', { ...base, name: 'Praxis Süd' });
    await t.must('pool.requesterSave', { ...base, name: 'Praxis West' });
    const conflicts = [
      { requesterId: sued.id, clientReference: '' },
      { requesterId: null, clientReference: 'A. K.' },
      { requesterId: nord.id, clientReference: 'B. M.' },
      { requesterId: sued.id, clientReference: 'C. D.' },
    ];
    const saved = await t.must('pool.interpreterSave', interpreter({ conflicts }));
    const expected = [
      { id: nord.id, name: 'Praxis Nord' },
      { id: sued.id, name: 'Praxis Süd' },
    ];
    expect(saved.conflictRequesters).toEqual(expected);
    const read = await t.must('pool.interpreterGet', { id: saved.id });
    expect(read.conflicts).toEqual(conflicts);
    expect(read.conflictRequesters).toEqual(expected);
    expect((await t.must('pool.interpreterGet', { id: (await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Omar Khalil' }))).id })).conflictRequesters).toEqual([]);
  });
});
