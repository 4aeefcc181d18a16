import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { workHours } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

it("an interpreter's overview: hours this month and year from done sessions, assignments past and upcoming by page", async () => {
  const laila = await t.must('pool.interpreterSave', interpreter());
  const omar = await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Omar Khalil', nameNative: 'عمر خليل' }));
  const req = await requester(t);
  const book = async (start: string, who: number) => {
    const [id] = (await t.must('pool.bookingCreate', booking(req, start))).ids;
    await t.must('pool.assignmentPropose', { id: id!, interpreterId: who });
    await t.must('pool.assignmentConfirm', { id: id! });
    return id!;
  };
  // Today (Mon 23 Nov 2026, 09:00): two sessions of Laila's are done, one of Omar's; one of Laila's is next week.
  const first = await book('2026-11-23T10:00', laila.id);
  const second = await book('2026-11-23T12:00', laila.id);
  const omars = await book('2026-11-23T10:00', omar.id);
  await book('2026-11-30T10:00', laila.id);
  await workHours(t, 5);
  await t.must('pool.assignmentComplete', { id: first, actualMinutes: 75, travelKm: null });
  await t.must('pool.assignmentComplete', { id: second, actualMinutes: null, travelKm: null });
  await t.must('pool.assignmentComplete', { id: omars, actualMinutes: 90, travelKm: null });

  // 75 actual minutes plus the 60 booked for the session without actual minutes; Omar's are his.
  expect(await t.must('pool.interpreterHours', { id: laila.id })).toEqual({ month: '2026-11', year: '2026', monthMinutes: 135, monthSessions: 2, yearMinutes: 135, yearSessions: 2 });
  expect((await t.must('pool.interpreterHours', { id: omar.id })).monthMinutes).toBe(90);
  expect(await t.call('pool.interpreterHours', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

  // Upcoming and past lists, a page at a time.
  const upcoming = await t.must('pool.assignmentsList', { status: null, from: '2026-11-24', to: '', interpreterId: laila.id, limit: 1, offset: 0 });
  expect(upcoming.total).toBe(1);
  const past = await t.must('pool.assignmentsList', { status: null, from: '', to: '2026-11-23', interpreterId: laila.id, limit: 1, offset: 1 });
  expect(past).toMatchObject({ total: 2, rows: [{ id: second }] });
});

it('the interpreter list: languages and the latest supervision and training of each, by page, with the total', async () => {
  // Laila: two supervisions and a training (fixture) plus availability; Omar: no events at all.
  const laila = await t.must(
    'pool.interpreterSave',
    interpreter({
      events: [
        { kind: 'supervision', on: '2026-06-01' },
        { kind: 'supervision', on: '2026-11-02' },
        { kind: 'reflection', on: '2026-11-20' },
        { kind: 'training', on: '2026-05-10' },
      ],
      availability: [{ weekday: 1, from: '08:00', to: '12:00' }],
    }),
  );
  const omar = await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Omar Khalil', nameNative: 'عمر خليل', events: [], languages: [{ language: 'fa', dialect: 'Dari', level: 'fluent' }] }));
  const page = await t.must('pool.interpretersList', { search: '', status: null, offset: 0, limit: 1 });
  expect(page.total).toBe(2);
  expect(page.rows).toEqual([
    {
      id: laila.id,
      nameNative: 'ليلى حداد',
      nameLatin: 'Laila Haddad',
      status: 'active',
      focusPools: ['general', 'health', 'mentalHealth'],
      languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }],
      lastSupervisionOn: '2026-11-02',
      lastTrainingOn: '2026-05-10',
    },
  ]);
  const next = await t.must('pool.interpretersList', { search: '', status: null, offset: 1, limit: 1 });
  expect(next.rows).toMatchObject([{ id: omar.id, languages: [{ language: 'fa', dialect: 'Dari', level: 'fluent' }], lastSupervisionOn: null, lastTrainingOn: null }]);
  expect((await t.must('pool.interpretersList', { search: 'khal', status: null, offset: 0, limit: 50 })).total).toBe(1);
});
