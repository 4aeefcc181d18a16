import type { ModuleId, Role } from '../../contract';
import { loginAdmin, setUp, startTestCore, type TestClient, type TestCore } from './test-core';

/** A member of staff as tests know them: the password they chose after their one-time one. */
export interface Person {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

/**
 * Creates each person as the admin would, then lets each take their first log-in and replace
 * the one-time password, as they would at the office. Leaves nobody signed in.
 */
export async function createStaff(t: TestCore, people: readonly Person[]): Promise<void> {
  await loginAdmin(t);
  const created: { person: Person; oneTimePassword: string }[] = [];
  for (const person of people) {
    const { oneTimePassword } = await t.must('users.create', { username: person.username, displayName: person.displayName, roles: person.roles });
    created.push({ person, oneTimePassword });
  }
  await t.must('session.logout', {});
  for (const { person, oneTimePassword } of created) {
    await t.must('session.login', { username: person.username, password: oneTimePassword });
    await t.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: person.password });
    await t.must('session.logout', {});
  }
}

/** Another window of the core (its own address and session) with `person` signed in: a colleague at their desk. */
export async function colleague(t: TestCore, person: Pick<Person, 'username' | 'password'>, address: string): Promise<TestClient> {
  const client = t.client(address);
  await client.must('session.login', { username: person.username, password: person.password });
  return client;
}

/** Signs `person` in, signing out whoever was signed in. */
export async function signIn(t: TestCore, person: Pick<Person, 'username' | 'password'>): Promise<void> {
  const status = await t.must('session.status', {});
  if (status.state === 'unlocked') await t.must('session.logout', {});
  await t.must('session.login', { username: person.username, password: person.password });
}

/**
 * A fresh installation with `modules` switched on, `people` created, and the first of them signed
 * in (with their own auto-lock time, if given).
 */
export async function startModuleCore(modules: ModuleId[], people: readonly Person[], options: { autoLockMinutes?: number } = {}): Promise<TestCore> {
  const t = await startTestCore();
  await setUp(t, modules);
  await createStaff(t, people);
  const [first] = people;
  if (first) {
    await signIn(t, first);
    if (options.autoLockMinutes) await t.must('settings.updateMine', { autoLockMinutes: options.autoLockMinutes });
  }
  return t;
}

/** Time passes during a working day with `t`'s user active all along, so nothing auto-locks. */
export async function workHours(t: TestCore, hours: number): Promise<void> {
  for (let h = 0; h < hours; h++) {
    t.clock.advance(3_600_000);
    await t.must('settings.updateMine', {});
  }
}

/**
 * Time passes away from the desk (by `ms`, or to `to`): the idle session locks, as it would at
 * the office, and `person` signs in again.
 */
export async function later(t: TestCore, person: Pick<Person, 'username' | 'password'>, by: number | Date): Promise<void> {
  if (by instanceof Date) t.clock.set(by);
  else t.clock.advance(by);
  await t.call('session.logout', {});
  await t.must('session.login', { username: person.username, password: person.password });
}
