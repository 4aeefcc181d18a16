import { z } from 'zod';
import { channel, type Access } from './channel';
import { consentInput, type ConsentView } from './consent';
import type { FileDownload } from './files';
import { defineModuleContract } from './module-contract';

/**
 * Housing transitions (Auszug aus städtischen Unterkünften): households moving from municipal
 * accommodation into private flats. Records are pseudonymised: a household is known by its
 * reference, members only by age band.
 */

const CASEWORKER: Access = { kind: 'signedIn', roles: ['caseworker'] };
const HOUSING_ADMIN: Access = { kind: 'signedIn', roles: ['admin'] };
/** Reads both need: caseworkers for stage names and rent limits, admins on the settings page. */
const CASEWORKER_OR_ADMIN: Access = { kind: 'signedIn', roles: ['caseworker', 'admin'] };

/** Stages every installation has; admins may add their own (keys `custom…`) and rename all. */
export const BUILT_IN_STAGES = ['registered', 'documentsReady', 'searching', 'viewingOffer', 'leaseSigned', 'movedOut', 'closed'] as const;
/** Side states outside the path: a paused case resumes where it stopped, a withdrawn one ends. */
export const SIDE_STATES = ['paused', 'withdrawn'] as const;
export const WAITING_ACTORS = ['benefitsAgency', 'household', 'landlord', 'housingCompany', 'other'] as const;
export const DOCUMENT_KINDS = ['wbs', 'rentArrearsClearance', 'rentApproval', 'idResidencePermit', 'incomeProof', 'custom'] as const;
export const DOCUMENT_STATUSES = ['missing', 'requested', 'received', 'expired'] as const;
export const AGE_BANDS = ['under6', 'age6to17', 'age18to64', 'age65plus'] as const;
export const INCOME_SOURCES = ['benefitsSgbII', 'benefitsAsylbLG', 'benefitsSgbXII', 'employment', 'mixed', 'other'] as const;
export const RENTING_STATUSES = ['residencePermit', 'permanentSettlement', 'temporaryProtection', 'asylumPending', 'toleration', 'other'] as const;
export const LANDLORD_TYPES = ['housingCompany', 'private'] as const;
export const VIEWING_OUTCOMES = ['pending', 'accepted', 'declinedByHousehold', 'declinedByLandlord', 'noShow'] as const;
export const CONTACT_ROLES = ['landlord', 'benefitsAgency', 'volunteer', 'other'] as const;

export type StageKey = string;
export type WaitingActor = (typeof WAITING_ACTORS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1, { error: 'validation:required' }).max(max, { error: 'validation:tooLong' });
const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation:tooLong' });
const localDate = z.iso.date({ error: 'validation:date' });
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'validation:date' });
const id = z.number().int().positive();
const count = (max: number) => z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(0).max(max, { error: 'validation:tooLong' });
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { error: 'validation:language' });

// ---------------------------------------------------------------- settings

export interface StageLabels {
  de?: string;
  en?: string;
  ar?: string;
}

export interface StageDefinition {
  key: StageKey;
  /** The installation's own names; empty means the built-in translation. */
  labels: StageLabels;
  /** Cases may jump over a skippable stage (e.g. a housing-company offer skips searching). */
  skippable: boolean;
}

export interface RentLimit {
  persons: number;
  maxRentCents: number;
  maxSizeSqm: number;
}

export interface HousingSettings {
  stages: StageDefinition[];
  rentLimits: RentLimit[];
  /** The shipped rent limits are examples until someone enters the benefits agency's table. */
  rentLimitsAreExamples: boolean;
  expiryWarningDays: number;
  followUpWeeks: number[];
}

const stageLabels = z.strictObject({ de: optionalText(60).optional(), en: optionalText(60).optional(), ar: optionalText(60).optional() });

export const housingSettingsInput = z.strictObject({
  stages: z
    .array(z.strictObject({ key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/), labels: stageLabels, skippable: z.boolean() }))
    .min(BUILT_IN_STAGES.length)
    .max(20),
  rentLimits: z
    .array(z.strictObject({ persons: z.number().int().min(1).max(20), maxRentCents: z.number().int().min(0).max(10_000_000), maxSizeSqm: z.number().int().min(10).max(400) }))
    .min(1)
    .max(20),
  rentLimitsAreExamples: z.boolean(),
  expiryWarningDays: z.number().int().min(1).max(365),
  followUpWeeks: z.array(z.number().int().min(1).max(104)).max(6),
});

// ---------------------------------------------------------------- accommodations

export interface AccommodationView {
  id: number;
  name: string;
  address: string;
  units: number;
  beds: number;
  /** People living there now (members of households with an open occupancy). */
  occupied: number;
  free: number;
  households: number;
  /** Beds freed by move-outs in the last 90 days. */
  freedLast90Days: number;
}

export const accommodationInput = z.strictObject({
  id: id.optional(),
  name: text(120),
  address: text(200),
  units: count(1000),
  beds: count(5000),
});

// ---------------------------------------------------------------- households and cases

export const householdInput = z.strictObject({
  reference: text(40),
  ageBands: z.array(z.enum(AGE_BANDS)).min(1, { error: 'validation:required' }).max(20),
  languages: z.array(language).max(6),
  roomsNeeded: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(1).max(10),
  accessibility: z.boolean(),
  rentingStatus: z.enum(RENTING_STATUSES),
  incomeSource: z.enum(INCOME_SOURCES),
});

export const registerHouseholdInput = z.strictObject({
  household: householdInput,
  accommodationId: id,
  movedInOn: localDate,
});

export interface WaitingView {
  id: number;
  actor: WaitingActor;
  what: string;
  requestedAt: string;
  answeredAt: string | null;
  days: number;
}

export interface CaseCard {
  id: number;
  reference: string;
  members: number;
  stage: StageKey;
  /** For a paused case: the stage it resumes at. */
  pausedFrom: StageKey | null;
  stageSince: string;
  daysInStage: number;
  accommodationName: string;
  /** The longest-running open request, if any: whom the case waits on. */
  waitingOn: { actor: WaitingActor; since: string; days: number } | null;
  openWaits: number;
  expiringDocuments: number;
  plannedMoveOn: string | null;
  /** Where the case may go from here under the installation's path. */
  allowedMoves: { to: StageKey; needsReason: boolean }[];
}

export interface CaseListPage {
  rows: CaseCard[];
  total: number;
}

export const CASE_SORTS = ['reference', 'stage', 'daysInStage', 'waitingDays', 'members'] as const;

export const caseListInput = z.strictObject({
  stage: z.string().max(40).optional(),
  includeEnded: z.boolean().default(false),
  sort: z.enum(CASE_SORTS).default('daysInStage'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(200),
});

export interface StageHistoryView {
  fromStage: StageKey | null;
  toStage: StageKey;
  at: string;
  userName: string | null;
  reason: string | null;
}

export interface DocumentView {
  id: number;
  kind: DocumentKind;
  customLabel: string | null;
  status: DocumentStatus;
  statusOn: string | null;
  expiresOn: string | null;
  /** Received and expiring within the warning window (or already past expiry). */
  flag: 'expiring' | 'expired' | null;
}

export interface ContactView {
  id: number;
  role: (typeof CONTACT_ROLES)[number];
  name: string;
  phone: string;
  email: string;
}

export interface ViewingView {
  id: number;
  offerId: number;
  offerAddress: string;
  at: string;
  outcome: (typeof VIEWING_OUTCOMES)[number];
}

export interface CaseDetail {
  card: CaseCard;
  household: z.output<typeof householdInput> & { id: number; movedInOn: string | null };
  stageReason: string | null;
  history: StageHistoryView[];
  waits: WaitingView[];
  /** Days per actor over the whole case (open requests count up to now). */
  totalsByActor: { actor: WaitingActor; days: number }[];
  documents: DocumentView[];
  contacts: ContactView[];
  viewings: ViewingView[];
  /** The household's consents to data processing (core consent records), newest last. */
  consents: ConsentView[];
}

export const moveCaseInput = z.strictObject({
  id,
  to: z.string().min(1).max(40),
  reason: optionalText(500).optional(),
  /** With leaseSigned: the planned move date; with movedOut: the actual one (default today). */
  moveOn: localDate.optional(),
});

export const waitingStartInput = z.strictObject({ caseId: id, actor: z.enum(WAITING_ACTORS), what: text(200) });
export const waitingAnswerInput = z.strictObject({ id });

export const documentSaveInput = z.strictObject({
  id: id.optional(),
  caseId: id,
  kind: z.enum(DOCUMENT_KINDS),
  customLabel: optionalText(120).optional(),
  status: z.enum(DOCUMENT_STATUSES),
  statusOn: localDate.nullable(),
  expiresOn: localDate.nullable(),
});

export const contactSaveInput = z.strictObject({
  id: id.optional(),
  caseId: id,
  role: z.enum(CONTACT_ROLES),
  name: text(120),
  phone: optionalText(60),
  email: optionalText(120),
});

// ---------------------------------------------------------------- offers

export interface OfferView {
  id: number;
  address: string;
  rooms: number;
  sizeSqm: number;
  rentCents: number;
  freeFrom: string;
  landlordType: (typeof LANDLORD_TYPES)[number];
  reservedForCaseId: number | null;
  reservedForReference: string | null;
}

export const offerInput = z.strictObject({
  id: id.optional(),
  address: text(200),
  rooms: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(1).max(12),
  sizeSqm: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(10).max(400),
  rentCents: z.number({ error: 'validation:wholeNumber' }).int().min(0).max(10_000_000),
  freeFrom: localDate,
  landlordType: z.enum(LANDLORD_TYPES),
  reservedForCaseId: id.nullable(),
});

export type FitReason =
  | { key: 'roomsOk' | 'tooFewRooms'; rooms: number; needed: number }
  | { key: 'rentOk' | 'rentTooHigh'; rentCents: number; limitCents: number }
  | { key: 'sizeOk' | 'tooLarge'; sizeSqm: number; limitSqm: number }
  | { key: 'reservedForOther' | 'reservedForThis' };

export interface OfferMatch {
  offer: OfferView;
  fits: boolean;
  reasons: FitReason[];
}

export const viewingSaveInput = z.strictObject({
  id: id.optional(),
  caseId: id,
  offerId: id,
  at: localDateTime,
  outcome: z.enum(VIEWING_OUTCOMES),
});

// ---------------------------------------------------------------- indicators

export interface HousingIndicators {
  moveOutsPerQuarter: { quarter: string; households: number; people: number }[];
  medianMonthsInAccommodation: number | null;
  pipeline: { stage: StageKey; cases: number }[];
  medianDaysPerStage: { stage: StageKey; days: number }[];
  daysPerActor: { actor: WaitingActor; days: number; requests: number }[];
  occupancy: { beds: number; occupied: number };
  forecast: { month: string; fromSignedLeases: number; estimated: number }[];
  /** How many finished cases the estimate rests on (the method is explained in the UI). */
  forecastBasis: number;
}

export const indicatorsExportInput = z.strictObject({
  /** Headings and stage/actor names in the user's language (keys like `pipeline`, `stage.searching`). */
  texts: z.record(z.string().max(60), z.string().max(1000)),
  rightToLeft: z.boolean(),
});

export interface PrintableChecklist {
  reference: string;
  language: string;
  documents: DocumentView[];
  printedOn: string;
}

export const housingChannels = {
  'housing.settings': channel<HousingSettings>()({ input: z.strictObject({}), access: CASEWORKER_OR_ADMIN, kind: 'read' }),
  /** Stage path, rent limits and reminders: the admin of a housing installation decides them. */
  'housing.settingsSave': channel<HousingSettings>()({ input: housingSettingsInput, access: HOUSING_ADMIN, kind: 'write' }),

  'housing.accommodationsList': channel<AccommodationView[]>()({ input: z.strictObject({}), access: CASEWORKER, kind: 'read' }),
  'housing.accommodationSave': channel<AccommodationView>()({ input: accommodationInput, access: CASEWORKER, kind: 'write' }),

  /** A household moves into a shelter and its move-out case opens at the first stage. */
  'housing.householdRegister': channel<CaseCard>()({ input: registerHouseholdInput, access: CASEWORKER, kind: 'write' }),
  'housing.householdUpdate': channel<CaseDetail>()({
    input: z.strictObject({ caseId: id, household: householdInput }),
    access: CASEWORKER,
    kind: 'write',
  }),

  'housing.casesList': channel<CaseListPage>()({ input: caseListInput, access: CASEWORKER, kind: 'read' }),
  'housing.caseGet': channel<CaseDetail>()({ input: z.strictObject({ id }), access: CASEWORKER, kind: 'read' }),
  'housing.caseMove': channel<CaseDetail>()({ input: moveCaseInput, access: CASEWORKER, kind: 'write' }),

  'housing.waitingStart': channel<CaseDetail>()({ input: waitingStartInput, access: CASEWORKER, kind: 'write' }),
  'housing.waitingAnswer': channel<CaseDetail>()({ input: waitingAnswerInput, access: CASEWORKER, kind: 'write' }),

  'housing.documentSave': channel<CaseDetail>()({ input: documentSaveInput, access: CASEWORKER, kind: 'write' }),
  'housing.checklistPrint': channel<PrintableChecklist>()({
    input: z.strictObject({ caseId: id, language: language.optional() }),
    access: CASEWORKER,
    kind: 'read',
  }),

  /** Consent of the household (the subject is the household, shown on its case). */
  'housing.consentRecord': channel<CaseDetail>()({ input: z.strictObject({ caseId: id, consent: consentInput }), access: CASEWORKER, kind: 'write' }),
  'housing.consentWithdraw': channel<CaseDetail>()({
    input: z.strictObject({ caseId: id, consentId: id, withdrawnOn: localDate }),
    access: CASEWORKER,
    kind: 'write',
  }),

  'housing.contactSave': channel<CaseDetail>()({ input: contactSaveInput, access: CASEWORKER, kind: 'write' }),

  'housing.offersList': channel<OfferView[]>()({ input: z.strictObject({ includePast: z.boolean().default(false) }), access: CASEWORKER, kind: 'read' }),
  'housing.offerSave': channel<OfferView>()({ input: offerInput, access: CASEWORKER, kind: 'write' }),
  /** Open offers for a case's household, each with why it fits or not. */
  'housing.offersMatch': channel<OfferMatch[]>()({ input: z.strictObject({ caseId: id }), access: CASEWORKER, kind: 'read' }),
  'housing.viewingSave': channel<CaseDetail>()({ input: viewingSaveInput, access: CASEWORKER, kind: 'write' }),

  'housing.indicators': channel<HousingIndicators>()({ input: z.strictObject({}), access: CASEWORKER, kind: 'read' }),
  /** The same aggregated figures as an XLSX file (audited as an export). */
  'housing.indicatorsExport': channel<FileDownload>()({ input: indicatorsExportInput, access: CASEWORKER, kind: 'read' }),
} as const;

/** Housing transitions in the contract: served by caseworkers. */
export const housingModule = defineModuleContract({
  id: 'housing',
  roles: ['caseworker'],
  channels: housingChannels,
  taskKinds: ['housing.followUp', 'housing.documentExpiring'],
});
