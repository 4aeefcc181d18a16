import type { InputOf } from '../../contract';
import { loginAdmin, setUp, startTestCore, type TestCore } from '../testing/temp-core';

export const CASEWORKER = { username: 'carla.case', displayName: 'Carla Caseworker', password: 'ein-eigenes-Kennwort-7' };

/** A core with the housing module, a caseworker logged in. */
export async function startHousingCore(): Promise<TestCore> {
  const t = await startTestCore();
  await setUp(t, ['housing']);
  await loginAdmin(t);
  const { oneTimePassword } = await t.must('users.create', { username: CASEWORKER.username, displayName: CASEWORKER.displayName, roles: ['caseworker'] });
  await t.must('session.logout', {});
  await loginAs(t, CASEWORKER.username, oneTimePassword);
  await t.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: CASEWORKER.password });
  return t;
}

export async function loginAs(t: TestCore, username: string, password: string): Promise<void> {
  await t.must('session.login', { username, password });
}

export function household(reference: string, members = 3): InputOf<'housing.householdRegister'>['household'] {
  return {
    reference,
    ageBands: ['age18to64', 'age18to64', 'age6to17', 'under6', 'age65plus', 'age6to17'].slice(0, members) as ('age18to64' | 'age6to17' | 'under6' | 'age65plus')[],
    languages: ['ar', 'de'],
    roomsNeeded: Math.max(1, members - 1),
    accessibility: false,
    rentingStatus: 'residencePermit',
    incomeSource: 'benefitsSgbII',
  };
}

/**
 * Moves the fixed clock by days. Days of idleness auto-lock the session, as they would at the
 * office, so the caseworker logs in again afterwards.
 */
export async function passTime(t: TestCore, ms: number, set?: Date): Promise<void> {
  if (set) t.clock.set(set);
  else t.clock.advance(ms);
  await t.call('session.logout', {});
  await loginAs(t, CASEWORKER.username, CASEWORKER.password);
}
