import type { Api, Result } from '../../contract';
import type { InputOf } from '../../contract';
import { addLocalDays, toLocalDate } from '../time/local-time';
import type { ShiftedClock } from '../clock';

async function must<T>(what: string, call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(`housing demo: ${what} failed: ${result.error.code}`);
  return result.value;
}

type Household = InputOf<'housing.householdRegister'>['household'];

const HOUSEHOLDS: { household: Household; shelter: number; movedInDaysAgo: number; path: string[] }[] = [
  { household: { reference: 'HH-2026-001', ageBands: ['age18to64', 'age18to64', 'age6to17', 'under6'], languages: ['ar', 'de'], roomsNeeded: 3, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' }, shelter: 0, movedInDaysAgo: 610, path: ['documentsReady', 'searching'] },
  { household: { reference: 'HH-2026-002', ageBands: ['age18to64'], languages: ['uk', 'ru'], roomsNeeded: 1, accessibility: false, rentingStatus: 'temporaryProtection', incomeSource: 'benefitsSgbII' }, shelter: 1, movedInDaysAgo: 400, path: ['viewingOffer'] },
  { household: { reference: 'HH-2026-003', ageBands: ['age18to64', 'age18to64', 'age6to17', 'age6to17', 'under6'], languages: ['ku', 'tr'], roomsNeeded: 4, accessibility: false, rentingStatus: 'permanentSettlement', incomeSource: 'mixed' }, shelter: 0, movedInDaysAgo: 820, path: ['documentsReady', 'searching', 'viewingOffer', 'leaseSigned'] },
  { household: { reference: 'HH-2026-004', ageBands: ['age65plus', 'age18to64'], languages: ['fa'], roomsNeeded: 2, accessibility: true, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbXII' }, shelter: 2, movedInDaysAgo: 300, path: [] },
  { household: { reference: 'HH-2026-005', ageBands: ['age18to64', 'under6'], languages: ['ar'], roomsNeeded: 2, accessibility: false, rentingStatus: 'asylumPending', incomeSource: 'benefitsAsylbLG' }, shelter: 1, movedInDaysAgo: 200, path: ['documentsReady'] },
  { household: { reference: 'HH-2026-006', ageBands: ['age18to64', 'age18to64'], languages: ['tr', 'de'], roomsNeeded: 2, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'employment' }, shelter: 2, movedInDaysAgo: 540, path: ['documentsReady', 'searching', 'viewingOffer', 'leaseSigned', 'movedOut'] },
  { household: { reference: 'HH-2026-007', ageBands: ['age18to64', 'age6to17'], languages: ['uk'], roomsNeeded: 2, accessibility: false, rentingStatus: 'temporaryProtection', incomeSource: 'benefitsSgbII' }, shelter: 0, movedInDaysAgo: 150, path: ['paused'] },
];

/** Fictional demo records of the housing module, written through the contract like a user would. */
/** `clock` lets a seeder travel back in time (`setNow`) so records carry a believable history. */
export async function seedHousingDemo(api: Api, now: Date, _clock?: ShiftedClock): Promise<void> {
  const today = toLocalDate(now);
  const shelters = [];
  for (const a of [
    { name: 'Unterkunft Lingener Straße (fiktiv)', address: 'Lingener Straße 120, 48429 Rheine', units: 12, beds: 48 },
    { name: 'Wohnheim Dorenkamp (fiktiv)', address: 'Am Dorenkamp 7, 48431 Rheine', units: 8, beds: 30 },
    { name: 'Übergangswohnungen Eschendorf (fiktiv)', address: 'Eschendorfer Aue 15, 48429 Rheine', units: 6, beds: 22 },
  ]) {
    shelters.push(await must('accommodation', api.housing.accommodationSave(a)));
  }
  const cases: number[] = [];
  for (const h of HOUSEHOLDS) {
    const card = await must('household', api.housing.householdRegister({ household: h.household, accommodationId: shelters[h.shelter]!.id, movedInOn: addLocalDays(today, -h.movedInDaysAgo) }));
    cases.push(card.id);
    for (const to of h.path) {
      await must('move', api.housing.caseMove({
        id: card.id,
        to,
        ...(to === 'paused' ? { reason: 'Familie ist vorübergehend bei Verwandten in Münster.' } : {}),
        ...(to === 'leaseSigned' ? { moveOn: addLocalDays(today, 24) } : {}),
        ...(to === 'movedOut' ? { moveOn: addLocalDays(today, -3) } : {}),
      }));
    }
  }
  const [first, second, third, fourth, fifth] = cases as [number, number, number, number, number];
  await must('wait', api.housing.waitingStart({ caseId: first, actor: 'benefitsAgency', what: 'Mietübernahmebescheinigung angefragt' }));
  await must('wait', api.housing.waitingStart({ caseId: second, actor: 'housingCompany', what: 'Rückmeldung nach Besichtigung' }));
  await must('wait', api.housing.waitingStart({ caseId: fifth, actor: 'household', what: 'Einkommensnachweise der letzten drei Monate' }));

  const firstDocs = (await must('case', api.housing.caseGet({ id: first }))).documents;
  for (const doc of firstDocs.slice(0, 3)) {
    await must('document', api.housing.documentSave({ id: doc.id, caseId: first, kind: doc.kind, status: 'received', statusOn: addLocalDays(today, -40), expiresOn: doc.kind === 'wbs' ? addLocalDays(today, 18) : addLocalDays(today, 200) }));
  }
  await must('document', api.housing.documentSave({ caseId: third, kind: 'custom', customLabel: 'Schufa-Auskunft', status: 'requested', statusOn: addLocalDays(today, -5), expiresOn: null }));

  const reserved = await must('offer', api.housing.offerSave({ address: 'Neuenkirchener Straße 40, 2. OG links', rooms: 2, sizeSqm: 48, rentCents: 41_500, freeFrom: addLocalDays(today, 20), landlordType: 'housingCompany', reservedForCaseId: second }));
  await must('offer', api.housing.offerSave({ address: 'Emsstraße 12', rooms: 3, sizeSqm: 78, rentCents: 61_000, freeFrom: addLocalDays(today, 35), landlordType: 'private', reservedForCaseId: null }));
  await must('offer', api.housing.offerSave({ address: 'Thiemauer 5', rooms: 4, sizeSqm: 96, rentCents: 69_800, freeFrom: addLocalDays(today, 50), landlordType: 'housingCompany', reservedForCaseId: null }));
  await must('viewing', api.housing.viewingSave({ caseId: second, offerId: reserved.id, at: `${addLocalDays(today, -2)}T10:30`, outcome: 'pending' }));

  await must('contact', api.housing.contactSave({ caseId: first, role: 'volunteer', name: 'Elif Yıldız', phone: '05971 000111', email: '' }));
  await must('contact', api.housing.contactSave({ caseId: first, role: 'benefitsAgency', name: 'Jobcenter Rheine, Team 3 (fiktiv)', phone: '05971 000222', email: '' }));
  await must('contact', api.housing.contactSave({ caseId: third, role: 'landlord', name: 'Hausverwaltung Kaya (fiktiv)', phone: '', email: 'info@example.invalid' }));
  await must('contact', api.housing.contactSave({ caseId: fourth, role: 'volunteer', name: 'Olena Kovalenko', phone: '', email: '' }));
}
