import type { InterpreterInput } from '../../contract/pool';
import { loginAdmin, setUp, startTestCore, type TestCore } from '../testing/temp-core';

/** A core with the pool switched on and a coordinator logged in (the clock: Mon 23 Nov 2026, 09:00 Berlin). */
export async function startPoolCore(): Promise<TestCore> {
  const t = await startTestCore();
  await setUp(t, ['pool']);
  await loginAdmin(t);
  const { oneTimePassword } = await t.must('users.create', { username: 'carla', displayName: 'Carla Koordination', roles: ['coordinator'] });
  await t.must('session.logout', {});
  await t.must('session.login', { username: 'carla', password: oneTimePassword });
  await t.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: 'Dolmetsch-Pool-2026' });
  await t.must('settings.updateMine', { autoLockMinutes: 120 });
  return t;
}

/** Moves the clock on like a working day passes: the coordinator stays active, so no auto-lock. */
export async function passTime(t: TestCore, hours: number): Promise<void> {
  for (let h = 0; h < hours; h++) {
    t.clock.advance(3_600_000);
    await t.must('settings.updateMine', {});
  }
}

export function interpreter(over: Partial<InterpreterInput> = {}): InterpreterInput {
  return {
    id: null,
    nameNative: 'ليلى حداد',
    nameLatin: 'Laila Haddad',
    gender: 'female',
    phone: '05971 1234',
    email: '',
    status: 'active',
    focusPools: ['general', 'health', 'mentalHealth'],
    languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }],
    qualifications: [],
    events: [
      { kind: 'supervision', on: '2026-11-02' },
      { kind: 'training', on: '2026-05-10' },
    ],
    availability: [],
    absences: [],
    conflicts: [],
    confidentialitySignedOn: '2025-01-15',
    firstHourCents: null,
    furtherHalfHourCents: null,
    kmCents: null,
    travelFlatCents: null,
    notes: '',
    ...over,
  };
}

export async function requester(t: TestCore): Promise<number> {
  const r = await t.must('pool.requesterSave', {
    id: null,
    name: 'Praxis Dr. Beispiel',
    type: 'practice',
    trained: true,
    address: 'Emsstraße 1, 48431 Rheine',
    phone: '05971 9999',
    contacts: [{ id: null, name: 'Frau Muster', phone: '05971 9998', email: '' }],
  });
  return r.id;
}

export const booking = (requesterId: number, start: string, over: Record<string, unknown> = {}) => ({
  requesterId,
  contactId: null,
  start,
  durationMinutes: 60,
  setting: 'onSite' as const,
  address: 'Emsstraße 1',
  language: 'ar',
  dialect: '',
  topic: 'health' as const,
  sensitivity: 'normal' as const,
  genderPreference: 'none' as const,
  clientReference: 'A.K.',
  weeklyCount: 1,
  ...over,
});
