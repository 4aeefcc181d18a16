import type { Api, Result } from '../../contract';
import type { CallInput, FollowUpInput } from '../../contract/hotline';
import { addLocalDays, toLocalDate } from '../time/local-time';
import type { ShiftedClock } from '../clock';
import { seedHotlineHistory } from './demo-history';

async function must<T>(result: Promise<Result<T>>, what: string): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`hotline demo: ${what} failed: ${r.error.code}`);
  return r.value;
}

const EMPLOYERS = [
  { name: 'Gasthof Emsblick', sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 12', contact: ['Petra Köster', 'Inhaberin'] },
  { name: 'Tischlerei Öztürk', sector: 'Handwerk', sizeBand: 'micro', street: 'Lingener Straße 41', contact: ['Mehmet Öztürk', 'Meister'] },
  { name: 'Pflegedienst Sonnenhof', sector: 'Pflege', sizeBand: 'medium', street: 'Salinenstraße 3', contact: ['Olena Kovalenko', 'Pflegedienstleitung'] },
  { name: 'Logistik Rheine-Nord GmbH', sector: 'Logistik', sizeBand: 'large', street: 'Hafenstraße 88', contact: ['Farid Rahimi', 'Personalreferent'] },
  { name: 'Bäckerei Schulte', sector: 'Lebensmittelhandwerk', sizeBand: 'small', street: 'Marktstraße 5', contact: ['Jonas Schulte', 'Geschäftsführer'] },
] as const;

/** Fictional demo records of the hotline module, written through the contract like a user would. */
/** `clock` lets a seeder travel back in time (`setNow`) so records carry a believable history. */
export async function seedHotlineDemo(api: Api, now: Date, clock?: Pick<ShiftedClock, 'setNow'>): Promise<void> {
  const taxonomy = await must(api.hotline.taxonomy({}), 'taxonomy');
  const id = (key: string) => taxonomy.find((e) => e.key === key)!.id;
  const employers = [];
  for (const e of EMPLOYERS) {
    const saved = await must(
      api.hotline.employerSave({ id: null, employer: { name: e.name, sector: e.sector, sizeBand: e.sizeBand, street: e.street, postcode: '48431', city: 'Rheine', notes: '' } }),
      'employer',
    );
    await must(api.hotline.contactSave({ employerId: saved.id, id: null, contact: { name: e.contact[0], role: e.contact[1], phone: '05971 000000', email: '' } }), 'contact');
    employers.push(saved);
  }
  const today = toLocalDate(now);
  const calls: { employer: number; call: Omit<CallInput, 'employerId'>; followUp: FollowUpInput | null }[] = [
    {
      employer: 0,
      call: {
        callerName: 'Petra Köster', callerRole: 'Inhaberin', employeeRef: 'A. H.', topicId: id('legal'), subtopicId: id('legal.trainingToleration'),
        question: 'Kann ein geduldeter Mitarbeiter im Februar die Ausbildung zum Koch beginnen?', answer: 'Voraussetzungen der Ausbildungsduldung erläutert.',
        answeredInCall: false, urgency: 'high', routingId: id('routing.foreignersAuthority'), handoverNote: 'Bitte Prüfung der Duldung, Rückruf an Frau Köster.', heardViaId: id('channel.flyer'),
      },
      followUp: { kind: 'callBack', dueOn: addLocalDays(today, 1), dueTime: null, ownerUserId: null, note: '' },
    },
    {
      employer: 1,
      call: {
        callerName: 'Mehmet Öztürk', callerRole: 'Meister', employeeRef: 'R. S.', topicId: id('language'), subtopicId: null,
        question: 'Gibt es berufsbegleitende Deutschkurse für einen Gesellen?', answer: 'Kurse der Volkshochschule und Jobcenter-Förderung genannt.',
        answeredInCall: true, urgency: 'low', routingId: null, handoverNote: '', heardViaId: id('channel.trainingFair'),
      },
      followUp: null,
    },
    {
      employer: 2,
      call: {
        callerName: 'Olena Kovalenko', callerRole: 'Pflegedienstleitung', employeeRef: 'L. M.', topicId: id('conflict'), subtopicId: null,
        question: 'Spannungen im Team nach Missverständnissen; Bitte um Vermittlung.', answer: 'Vermittlungsgespräch angeboten.',
        answeredInCall: false, urgency: 'normal', routingId: id('routing.teamBeratung'), handoverNote: 'Termin für Vermittlungsgespräch abstimmen.', heardViaId: id('channel.economicDevelopment'),
      },
      followUp: { kind: 'action', dueOn: addLocalDays(today, -2), dueTime: null, ownerUserId: null, note: '' },
    },
    {
      employer: 3,
      call: {
        callerName: 'Farid Rahimi', callerRole: 'Personalreferent', employeeRef: 'K. D.', topicId: id('legal'), subtopicId: id('legal.recognition'),
        question: 'Wo wird ein syrischer Berufsabschluss als Fachkraft für Lagerlogistik anerkannt?', answer: 'IHK FOSA und Beratungsstelle genannt.',
        answeredInCall: false, urgency: 'normal', routingId: id('routing.chambers'), handoverNote: '', heardViaId: id('channel.wordOfMouth'),
      },
      followUp: { kind: 'callBack', dueOn: addLocalDays(today, 5), dueTime: '10:00', ownerUserId: null, note: '' },
    },
    {
      employer: 4,
      call: {
        callerName: 'Jonas Schulte', callerRole: 'Geschäftsführer', employeeRef: 'Z. B.', topicId: id('social'), subtopicId: id('social.housing'),
        question: 'Auszubildende sucht eine Wohnung in Betriebsnähe.', answer: 'An Team Beratung und Begleitung weitergeleitet.',
        answeredInCall: false, urgency: 'normal', routingId: id('routing.teamBeratung'), handoverNote: 'Wohnungssuche, Auszubildende, Kontakt über Betrieb.', heardViaId: id('channel.jobcenter'),
      },
      followUp: null,
    },
  ];
  for (const c of calls) {
    await must(api.hotline.callLog({ draftId: null, call: { ...c.call, employerId: employers[c.employer]!.id }, followUp: c.followUp }), 'call');
  }
  await must(
    api.hotline.outreachSave({ id: null, outreach: { kind: 'flyer', place: 'Wirtschaftsförderung Rheine', channelId: id('channel.flyer'), count: 150, date: addLocalDays(today, -30), notes: '' } }),
    'outreach',
  );
  await must(
    api.hotline.outreachSave({ id: null, outreach: { kind: 'event', place: 'Ausbildungsmesse Rheine', channelId: id('channel.trainingFair'), count: 60, date: addLocalDays(today, -20), notes: 'Stand mit Flyern' } }),
    'outreach',
  );
  // Last: the history walks the clock back a year and leaves it there (the demo's driver resumes at now).
  if (clock) await seedHotlineHistory(api, now, clock, employers.map((e) => e.id), id);
}
