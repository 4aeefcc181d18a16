import type { Api, InputOf } from '../../contract';
import { addLocalDays, toLocalDate } from '../time/local-time';
import type { ShiftedClock } from '../clock';
import { seedPoolHistory } from './demo-history';

type InterpreterSeed = Pick<InputOf<'pool.interpreterSave'>, 'nameNative' | 'nameLatin' | 'gender' | 'focusPools' | 'languages'>;

/** Fictional interpreters; names plausible for Rheine, no real persons. */
const INTERPRETERS: InterpreterSeed[] = [
  { nameNative: 'ليلى حداد', nameLatin: 'Laila Haddad', gender: 'female', focusPools: ['general', 'health', 'mentalHealth'], languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }] },
  { nameNative: 'عمر خليل', nameLatin: 'Omar Khalil', gender: 'male', focusPools: ['general', 'health'], languages: [{ language: 'ar', dialect: 'Irakisch', level: 'native' }, { language: 'ku', dialect: 'Kurmanji', level: 'fluent' }] },
  { nameNative: 'Ayşe Yılmaz', nameLatin: 'Ayse Yilmaz', gender: 'female', focusPools: ['general'], languages: [{ language: 'tr', dialect: '', level: 'native' }] },
  { nameNative: 'Олена Коваленко', nameLatin: 'Olena Kovalenko', gender: 'female', focusPools: ['general', 'health'], languages: [{ language: 'uk', dialect: '', level: 'native' }, { language: 'ru', dialect: '', level: 'fluent' }] },
  { nameNative: 'دارا کریمی', nameLatin: 'Dara Karimi', gender: 'male', focusPools: ['general', 'mentalHealth'], languages: [{ language: 'fa', dialect: 'Dari', level: 'native' }] },
];

/** Fictional demo records of the pool module, written through the contract like a user would. */
/** `clock` lets a seeder travel back in time (`setNow`) so records carry a believable history. */
export async function seedPoolDemo(api: Api, now: Date, _clock?: ShiftedClock): Promise<void> {
  const must = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>): Promise<T> => {
    const r = await result;
    if (!r.ok) throw new Error(`pool demo: ${r.error.code}`);
    return r.value;
  };
  const today = toLocalDate(now);
  const ids: number[] = [];
  for (const seed of INTERPRETERS) {
    const saved = await must(
      api.pool.interpreterSave({
        id: null,
        ...seed,
        phone: '05971 000000',
        email: '',
        status: 'active',
        qualifications: [],
        events: [
          { kind: 'supervision', on: addLocalDays(today, -30) },
          { kind: 'training', on: addLocalDays(today, -120) },
        ],
        availability: [],
        absences: [],
        conflicts: [],
        confidentialitySignedOn: addLocalDays(today, -400),
        firstHourCents: null,
        furtherHalfHourCents: null,
        kmCents: null,
        travelFlatCents: null,
        notes: '',
      }),
    );
    ids.push(saved.id);
  }
  const practice = await must(
    api.pool.requesterSave({ id: null, name: 'Hausarztpraxis Am Thie (fiktiv)', type: 'practice', trained: true, address: 'Am Thie 5, 48431 Rheine', phone: '05971 111111', contacts: [{ id: null, name: 'Frau Brinkmann', phone: '05971 111112', email: '' }] }),
  );
  const counselling = await must(
    api.pool.requesterSave({ id: null, name: 'Psychosoziale Beratungsstelle Rheine (fiktiv)', type: 'counselling', trained: true, address: 'Emsstraße 12, 48431 Rheine', phone: '05971 222222', contacts: [] }),
  );
  const base = { contactId: null, durationMinutes: 60, setting: 'onSite' as const, dialect: '', sensitivity: 'normal' as const, genderPreference: 'none' as const, weeklyCount: 1 };
  const tomorrow = addLocalDays(today, 1);
  const a = await must(api.pool.bookingCreate({ ...base, requesterId: practice.id, start: `${tomorrow}T09:00`, address: 'Am Thie 5', language: 'ar', topic: 'health', clientReference: 'M.S.' }));
  await must(api.pool.assignmentPropose({ id: a.ids[0]!, interpreterId: ids[1]! }));
  await must(api.pool.assignmentConfirm({ id: a.ids[0]! }));
  const series = await must(
    api.pool.bookingCreate({ ...base, requesterId: counselling.id, start: `${tomorrow}T14:00`, address: 'Emsstraße 12', language: 'ar', topic: 'mentalHealth', sensitivity: 'sensitive', clientReference: 'K-2026-031', weeklyCount: 6 }),
  );
  for (const id of series.ids) {
    await must(api.pool.assignmentPropose({ id, interpreterId: ids[0]! }));
    await must(api.pool.assignmentConfirm({ id }));
  }
  await must(api.pool.bookingCreate({ ...base, requesterId: practice.id, start: `${addLocalDays(today, 2)}T10:30`, address: '', setting: 'phone', language: 'uk', topic: 'authority', clientReference: 'O.P.' }));
  const unmet = await must(api.pool.bookingCreate({ ...base, requesterId: practice.id, start: `${addLocalDays(today, 3)}T08:00`, address: 'Am Thie 5', language: 'ti', topic: 'health', clientReference: 'T.G.' }));
  await must(api.pool.assignmentUnmet({ id: unmet.ids[0]!, reason: '' }));
  await seedPoolHistory(api, today, ids, [practice.id, counselling.id]);
}
