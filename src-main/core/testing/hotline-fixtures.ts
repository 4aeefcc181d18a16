import type { OutputOf } from '../../contract';
import type { CallInput, TaxonomyEntry } from '../../contract/hotline';
import { createStaff, signIn, type Person } from './staff';
import { setUp, startTestCore, type TestCore } from './test-core';

/** Two hotline workers, so hand-overs and "mine" can be told apart. */
export const HANNA: Person = { username: 'hanna.hotline', displayName: 'Hanna Hotline', password: 'hanna-eigenes-passwort', roles: ['hotline'] };
export const OLAF: Person = { username: 'olaf.hotline', displayName: 'Olaf Hotline', password: 'olaf-eigenes-passwort', roles: ['hotline'] };

/** An installation with the hotline and Hanna signed in; `existing` reuses a core that is not set up yet. */
export async function hotlineCore(existing?: TestCore): Promise<TestCore> {
  const t = existing ?? (await startTestCore());
  await setUp(t, ['hotline']);
  await createStaff(t, [HANNA, OLAF]);
  await signIn(t, HANNA);
  return t;
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

/** A complete call for the employer, routed to the foreigners authority; `over` changes single fields. */
export async function callInput(t: TestCore, employerId: number, over: Partial<CallInput> = {}): Promise<CallInput> {
  const tax = await taxonomyByKey(t);
  return {
    employerId,
    callerName: 'Frau Köster',
    callerRole: 'Personalleitung',
    employeeRef: 'A. K.',
    topicId: tax('legal').id,
    subtopicId: tax('legal.workPermit').id,
    question: 'Darf der neue Koch mit Duldung eine Ausbildung beginnen?',
    answer: 'Ausbildungsduldung erklärt; Weiterleitung an die Ausländerbehörde.',
    answeredInCall: false,
    urgency: 'high',
    routingId: tax('routing.foreignersAuthority').id,
    handoverNote: 'Bitte Rückruf wegen Ausbildungsbeginn 1.2.',
    heardViaId: tax('channel.flyer').id,
    ...over,
  };
}
