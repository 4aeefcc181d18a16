import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, startPoolCore } from '../testing/pool-fixtures';

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
    const after = await t.must('pool.requesterSave', { ...base, id: created.id, contacts: [petrenko!, ahmadi!] });
    expect(after.contacts.map((c) => c.id)).toEqual([petrenko!.id, ahmadi!.id]);
    expect((await t.must('pool.assignmentGet', { id: assignment! })).requesterId).toBe(created.id);

    // Another requester's contact cannot be taken over by id.
    const other = await t.must('pool.requesterSave', { ...base, name: 'Praxis Nord', contacts: [] });
    const stolen = await t.call('pool.requesterSave', { ...base, id: other.id, name: 'Praxis Nord', contacts: [petrenko!] });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
