import type { Api, InputOf, Result } from '../../contract';
import { addLocalDays, fromLocalDateTime, toLocalDate } from '../time/local-time';
import { DemoTimeTravel, type DemoClock } from './demo-time';

async function must<T>(what: string, call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new Error(`housing demo: ${what} failed: ${result.error.code}`);
  return result.value;
}

type Household = InputOf<'housing.householdRegister'>['household'];
type Step =
  | { kind: 'move'; to: string; reason?: string; moveOnDaysAgo?: number }
  | { kind: 'wait'; actor: InputOf<'housing.waitingStart'>['actor']; what: string; answeredDaysAgo?: number };

interface DemoHousehold {
  household: Household;
  shelter: number;
  movedInDaysAgo: number;
  registeredDaysAgo: number;
  /** What happened to the case, each step `daysAgo` before today. */
  steps: (Step & { daysAgo: number })[];
}

/**
 * A year of a small office's work, so the board shows who is stuck, on whom and for how long:
 * a family waiting five weeks for the benefits agency's rent approval, a household asked for
 * income proof, a landlord who has not answered, a signed lease, a move-out whose 4-week
 * follow-up is overdue, and one finished case whose follow-ups were done.
 */
const HOUSEHOLDS: DemoHousehold[] = [
  {
    household: { reference: 'HH-2026-001', ageBands: ['age18to64', 'age18to64', 'age6to17', 'under6'], languages: ['ar', 'de'], roomsNeeded: 3, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' },
    shelter: 0, movedInDaysAgo: 610, registeredDaysAgo: 120,
    steps: [
      { daysAgo: 112, kind: 'wait', actor: 'household', what: 'Kopien der Aufenthaltstitel', answeredDaysAgo: 90 },
      { daysAgo: 75, kind: 'move', to: 'documentsReady' },
      { daysAgo: 60, kind: 'move', to: 'searching' },
      { daysAgo: 38, kind: 'wait', actor: 'benefitsAgency', what: 'Mietübernahmebescheinigung angefragt' },
    ],
  },
  {
    household: { reference: 'HH-2026-002', ageBands: ['age18to64'], languages: ['uk', 'ru'], roomsNeeded: 1, accessibility: false, rentingStatus: 'temporaryProtection', incomeSource: 'benefitsSgbII' },
    shelter: 1, movedInDaysAgo: 400, registeredDaysAgo: 95,
    steps: [
      { daysAgo: 80, kind: 'move', to: 'documentsReady' },
      { daysAgo: 50, kind: 'move', to: 'searching' },
      { daysAgo: 9, kind: 'move', to: 'viewingOffer' },
      { daysAgo: 9, kind: 'wait', actor: 'housingCompany', what: 'Rückmeldung nach Besichtigung' },
    ],
  },
  {
    household: { reference: 'HH-2026-003', ageBands: ['age18to64', 'age18to64', 'age6to17', 'age6to17', 'under6'], languages: ['ku', 'tr'], roomsNeeded: 4, accessibility: false, rentingStatus: 'permanentSettlement', incomeSource: 'mixed' },
    shelter: 0, movedInDaysAgo: 820, registeredDaysAgo: 200,
    steps: [
      { daysAgo: 160, kind: 'move', to: 'documentsReady' },
      { daysAgo: 130, kind: 'move', to: 'searching' },
      { daysAgo: 30, kind: 'move', to: 'viewingOffer' },
      { daysAgo: 30, kind: 'wait', actor: 'landlord', what: 'Zusage des Vermieters', answeredDaysAgo: 12 },
      { daysAgo: 28, kind: 'wait', actor: 'benefitsAgency', what: 'Mietübernahme für Thiemauer', answeredDaysAgo: 8 },
      { daysAgo: 6, kind: 'move', to: 'leaseSigned', moveOnDaysAgo: -24 },
    ],
  },
  {
    household: { reference: 'HH-2026-004', ageBands: ['age65plus', 'age18to64'], languages: ['fa'], roomsNeeded: 2, accessibility: true, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbXII' },
    shelter: 2, movedInDaysAgo: 300, registeredDaysAgo: 64,
    steps: [{ daysAgo: 21, kind: 'wait', actor: 'household', what: 'Kopie des Schwerbehindertenausweises' }],
  },
  {
    household: { reference: 'HH-2026-005', ageBands: ['age18to64', 'under6'], languages: ['ar'], roomsNeeded: 2, accessibility: false, rentingStatus: 'asylumPending', incomeSource: 'benefitsAsylbLG' },
    shelter: 1, movedInDaysAgo: 200, registeredDaysAgo: 45,
    steps: [
      { daysAgo: 20, kind: 'move', to: 'documentsReady' },
      { daysAgo: 17, kind: 'wait', actor: 'household', what: 'Einkommensnachweise der letzten drei Monate' },
    ],
  },
  {
    household: { reference: 'HH-2026-006', ageBands: ['age18to64', 'age18to64'], languages: ['tr', 'de'], roomsNeeded: 2, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'employment' },
    shelter: 2, movedInDaysAgo: 540, registeredDaysAgo: 240,
    steps: [
      { daysAgo: 215, kind: 'move', to: 'documentsReady' },
      { daysAgo: 190, kind: 'move', to: 'searching' },
      { daysAgo: 80, kind: 'move', to: 'viewingOffer' },
      { daysAgo: 78, kind: 'wait', actor: 'landlord', what: 'Unterlagen an Vermieter gesandt', answeredDaysAgo: 58 },
      { daysAgo: 50, kind: 'move', to: 'leaseSigned', moveOnDaysAgo: 35 },
      // Moved out five weeks ago: the 4-week follow-up contact is overdue.
      { daysAgo: 35, kind: 'move', to: 'movedOut', moveOnDaysAgo: 35 },
    ],
  },
  {
    household: { reference: 'HH-2026-007', ageBands: ['age18to64', 'age6to17'], languages: ['uk'], roomsNeeded: 2, accessibility: false, rentingStatus: 'temporaryProtection', incomeSource: 'benefitsSgbII' },
    shelter: 0, movedInDaysAgo: 150, registeredDaysAgo: 140,
    steps: [
      { daysAgo: 120, kind: 'move', to: 'documentsReady' },
      { daysAgo: 40, kind: 'move', to: 'paused', reason: 'Familie ist vorübergehend bei Verwandten in Münster.' },
    ],
  },
  {
    household: { reference: 'HH-2026-008', ageBands: ['age18to64'], languages: ['ar', 'en'], roomsNeeded: 1, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'employment' },
    shelter: 1, movedInDaysAgo: 500, registeredDaysAgo: 180,
    steps: [
      { daysAgo: 170, kind: 'move', to: 'documentsReady' },
      { daysAgo: 140, kind: 'move', to: 'searching' },
      { daysAgo: 23, kind: 'wait', actor: 'landlord', what: 'Antwort auf Bewerbung Emsstraße' },
    ],
  },
  {
    household: { reference: 'HH-2025-041', ageBands: ['age18to64', 'age18to64', 'age6to17'], languages: ['fa', 'de'], roomsNeeded: 3, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' },
    shelter: 2, movedInDaysAgo: 700, registeredDaysAgo: 260,
    steps: [
      { daysAgo: 230, kind: 'move', to: 'documentsReady' },
      { daysAgo: 200, kind: 'move', to: 'searching' },
      { daysAgo: 150, kind: 'move', to: 'viewingOffer' },
      { daysAgo: 140, kind: 'move', to: 'leaseSigned', moveOnDaysAgo: 120 },
      { daysAgo: 120, kind: 'move', to: 'movedOut', moveOnDaysAgo: 120 },
      // Both follow-up contacts happened; closing the case completes their reminders.
      { daysAgo: 30, kind: 'move', to: 'closed' },
    ],
  },
];

/** Fictional demo records of the housing module, written through the contract like a user would. */
/** `clock` lets a seeder travel back in time (`setNow`) so records carry a believable history. */
export async function seedHousingDemo(api: Api, now: Date, clock?: DemoClock): Promise<void> {
  const today = toLocalDate(now);
  const day = (daysAgo: number, minute = 0) => fromLocalDateTime(`${addLocalDays(today, -daysAgo)}T09:${String(minute % 60).padStart(2, '0')}`);
  const travel = new DemoTimeTravel(api, clock, now);
  await travel.start();

  await travel.to(day(265));
  const shelters: { id: number }[] = [];
  for (const a of [
    { name: 'Unterkunft Lingener Straße (fiktiv)', address: 'Lingener Straße 120, 48429 Rheine', units: 12, beds: 48 },
    { name: 'Wohnheim Dorenkamp (fiktiv)', address: 'Am Dorenkamp 7, 48431 Rheine', units: 8, beds: 30 },
    { name: 'Übergangswohnungen Eschendorf (fiktiv)', address: 'Eschendorfer Aue 15, 48429 Rheine', units: 6, beds: 22 },
  ]) {
    shelters.push(await must('accommodation', api.housing.accommodationSave(a)));
  }

  // Every event of every case, oldest first, so the clock only walks forward.
  const caseIds = new Map<string, number>();
  // Where each case stands: a move says which stage it starts from, as the board does.
  const stages = new Map<string, string>();
  const events: { at: Date; run: () => Promise<unknown> }[] = [];
  HOUSEHOLDS.forEach((h, i) => {
    const ref = h.household.reference;
    const caseId = () => caseIds.get(ref)!;
    events.push({
      at: day(h.registeredDaysAgo, i),
      run: async () => {
        const card = await must('household', api.housing.householdRegister({ household: h.household, accommodationId: shelters[h.shelter]!.id, movedInOn: addLocalDays(today, -h.movedInDaysAgo) }));
        caseIds.set(ref, card.id);
        stages.set(ref, card.stage);
      },
    });
    h.steps.forEach((s, j) => {
      const minute = i + j * 7 + 10;
      if (s.kind === 'move') {
        events.push({
          at: day(s.daysAgo, minute),
          run: async () => {
            const detail = await must('move', api.housing.caseMove({
              id: caseId(),
              fromStage: stages.get(ref)!,
              to: s.to,
              // The demo's older cases predate their checklists: their papers were complete on paper.
              ...(s.reason ? { reason: s.reason } : s.to === 'documentsReady' ? { reason: 'Unterlagen in der Papierakte vollständig' } : {}),
              ...(s.moveOnDaysAgo !== undefined ? { moveOn: addLocalDays(today, -s.moveOnDaysAgo) } : {}),
            }));
            stages.set(ref, detail.card.stage);
          },
        });
        return;
      }
      let waitId = 0;
      events.push({
        at: day(s.daysAgo, minute),
        run: async () => {
          const detail = await must('wait', api.housing.waitingStart({ caseId: caseId(), actor: s.actor, what: s.what }));
          waitId = Math.max(...detail.waits.map((w) => w.id));
        },
      });
      if (s.answeredDaysAgo !== undefined) {
        events.push({ at: day(s.answeredDaysAgo, minute + 1), run: () => must('answer', api.housing.waitingAnswer({ id: waitId })) });
      }
    });
  });
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) {
    await travel.to(event.at);
    await event.run();
  }

  const ref = (r: string) => caseIds.get(r)!;
  await travel.to(day(40));
  const firstDocs = (await must('case', api.housing.caseGet({ id: ref('HH-2026-001') }))).documents;
  for (const doc of firstDocs.slice(0, 3)) {
    await must('document', api.housing.documentSave({ id: doc.id, caseId: ref('HH-2026-001'), kind: doc.kind, status: 'received', statusOn: addLocalDays(today, -40), expiresOn: doc.kind === 'wbs' ? addLocalDays(today, 18) : addLocalDays(today, 200) }));
  }
  await travel.to(day(5));
  await must('document', api.housing.documentSave({ caseId: ref('HH-2026-003'), kind: 'custom', customLabel: 'Schufa-Auskunft', status: 'requested', statusOn: addLocalDays(today, -5), expiresOn: null }));
  const eightDocs = (await must('case', api.housing.caseGet({ id: ref('HH-2026-008') }))).documents;
  const wbs = eightDocs.find((d) => d.kind === 'wbs');
  if (wbs) await must('document', api.housing.documentSave({ id: wbs.id, caseId: ref('HH-2026-008'), kind: 'wbs', status: 'received', statusOn: addLocalDays(today, -330), expiresOn: addLocalDays(today, 9) }));

  await travel.finish();
  const reserved = await must('offer', api.housing.offerSave({ address: 'Neuenkirchener Straße 40, 2. OG links', rooms: 2, sizeSqm: 48, rentCents: 41_500, freeFrom: addLocalDays(today, 20), landlordType: 'housingCompany', reservedForCaseId: ref('HH-2026-002') }));
  await must('offer', api.housing.offerSave({ address: 'Emsstraße 12', rooms: 3, sizeSqm: 78, rentCents: 61_000, freeFrom: addLocalDays(today, 35), landlordType: 'private', reservedForCaseId: null }));
  await must('offer', api.housing.offerSave({ address: 'Thiemauer 5', rooms: 4, sizeSqm: 96, rentCents: 69_800, freeFrom: addLocalDays(today, 50), landlordType: 'housingCompany', reservedForCaseId: null }));
  await must('viewing', api.housing.viewingSave({ caseId: ref('HH-2026-002'), offerId: reserved.id, at: `${addLocalDays(today, -9)}T10:30`, outcome: 'pending' }));

  await must('contact', api.housing.contactSave({ caseId: ref('HH-2026-001'), role: 'volunteer', name: 'Elif Yıldız', phone: '05971 000111', email: '' }));
  await must('contact', api.housing.contactSave({ caseId: ref('HH-2026-001'), role: 'benefitsAgency', name: 'Jobcenter Rheine, Team 3 (fiktiv)', phone: '05971 000222', email: '' }));
  await must('contact', api.housing.contactSave({ caseId: ref('HH-2026-003'), role: 'landlord', name: 'Hausverwaltung Kaya (fiktiv)', phone: '', email: 'info@example.invalid' }));
  await must('contact', api.housing.contactSave({ caseId: ref('HH-2026-004'), role: 'volunteer', name: 'Olena Kovalenko', phone: '', email: '' }));
  await must('contact', api.housing.contactSave({ caseId: ref('HH-2026-008'), role: 'landlord', name: 'Privatvermieter Emsstraße (fiktiv)', phone: '05971 000333', email: '' }));
}
