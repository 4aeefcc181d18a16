import type { OutputOf } from '../../contract';
import type { TaxonomyEntry } from '../../contract/hotline';
import { loginAdmin, setUp, startTestCore, type TestCore } from '../testing/temp-core';

/** Test support for the hotline: an installation with a hotline worker signed in. */
export const HANNA = { username: 'hanna.hotline', displayName: 'Hanna Hotline', password: 'hanna-eigenes-passwort' };
export const OLAF = { username: 'olaf.hotline', displayName: 'Olaf Hotline', password: 'olaf-eigenes-passwort' };

export async function hotlineCore(existing?: TestCore): Promise<TestCore> {
  const t = existing ?? (await startTestCore());
  await setUp(t, ['hotline']);
  await loginAdmin(t);
  const created = [];
  for (const person of [HANNA, OLAF]) {
    created.push({ person, ...(await t.must('users.create', { username: person.username, displayName: person.displayName, roles: ['hotline'] })) });
  }
  await t.must('session.logout', {});
  for (const { person, oneTimePassword } of created) {
    await t.must('session.login', { username: person.username, password: oneTimePassword });
    await t.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: person.password });
    await t.must('session.logout', {});
  }
  await signIn(t, HANNA);
  return t;
}

export async function signIn(t: TestCore, person: { username: string; password: string }): Promise<void> {
  const status = await t.must('session.status', {});
  if (status.state === 'unlocked') await t.must('session.logout', {});
  await t.must('session.login', { username: person.username, password: person.password });
}

/** Seeded taxonomy entries by their stable key. */
export async function taxonomyByKey(t: TestCore): Promise<(key: string) => TaxonomyEntry> {
  const entries = await t.must('hotline.taxonomy', {});
  return (key) => {
    const entry = entries.find((e) => e.key === key);
    if (!entry) throw new Error(`no taxonomy entry ${key}`);
    return entry;
  };
}

export async function newEmployer(t: TestCore, name: string): Promise<OutputOf<'hotline.employerSave'>> {
  return t.must('hotline.employerSave', {
    id: null,
    employer: { name, sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
}
