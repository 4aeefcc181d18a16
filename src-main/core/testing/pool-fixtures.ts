import type { InterpreterInput } from '../../contract/pool';
import { startModuleCore, type Person } from './staff';
import type { TestCore } from './test-core';

export const CARLA: Person = { username: 'carla', displayName: 'Carla Koordination', password: 'Dolmetsch-Pool-2026', roles: ['coordinator'] };

/** A core with the pool switched on and a coordinator signed in (the clock: Mon 23 Nov 2026, 09:00 Berlin). */
export async function startPoolCore(): Promise<TestCore> {
  // A long auto-lock: pool tests let working hours pass with the coordinator at the desk.
  return startModuleCore(['pool'], [CARLA], { autoLockMinutes: 120 });
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

/** Feedback on a done session, as a coordinator records it: good ratings unless `over` says otherwise. */
export const feedback = (assignmentId: number, over: Record<string, unknown> = {}) => ({
  assignmentId,
  accuracy: 4,
  role: 4,
  punctuality: 5,
  confidentiality: 5,
  overall: 4,
  comment: '',
  emotionalLoad: null,
  supervisionWish: false,
  debrief: '',
  clientRating: null,
  clientComment: '',
  ...over,
});

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
