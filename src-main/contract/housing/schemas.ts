import { z } from 'zod';
import { UI_LANGUAGES } from '../languages';
import type { ConsentView } from '../consent';
import type { ReportCell } from '../reports';
import { id, languageTag, localDate, localDateTime, optionalText, requiredText, requireVersionForChanges, version, wholeNumber } from '../fields';
import {
  AGE_BANDS,
  BUILT_IN_STAGES,
  CASE_SORTS,
  CONTACT_ROLES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  INCOME_SOURCES,
  LANDLORD_TYPES,
  MAX_MEMBERS,
  RENTING_STATUSES,
  VIEWING_OUTCOMES,
  WAITING_ACTORS,
  type ContactRole,
  type DocumentKind,
  type DocumentStatus,
  type LandlordType,
  type StageKey,
  type ViewingOutcome,
  type WaitingActor,
} from './values';

/**
 * Housing transitions: what the renderer sends (input schemas, built from the shared field rules
 * in contract/fields.ts) and what it gets back (views). Records are pseudonymised: a household is
 * known by its reference, members only by age band.
 */

// ---------------------------------------------------------------- settings

/**
 * The installation's own names of a stage per UI language (a language → text map, so a new UI
 * language needs no change here); empty means the built-in translation, or German for an added stage.
 */
const stageLabels = z.partialRecord(z.enum(UI_LANGUAGES), optionalText(60));

const stageDefinition = z
  .strictObject({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
    labels: stageLabels,
    /** Cases may jump over a skippable stage (e.g. a housing-company offer skips searching). */
    skippable: z.boolean(),
  })
  .check((ctx) => {
    // A stage of the installation's own has no built-in name to fall back on: without a German
    // name the board would show its key ("custom1").
    const builtIn = (BUILT_IN_STAGES as readonly string[]).includes(ctx.value.key);
    if (!builtIn && !ctx.value.labels.de?.trim()) {
      ctx.issues.push({ code: 'custom', message: 'housing:validation.stageName', path: ['labels', 'de'], input: ctx.value.labels.de });
    }
  });

const rentLimit = z.strictObject({ persons: wholeNumber(1, 20), maxRentCents: wholeNumber(0, 10_000_000), maxSizeSqm: wholeNumber(10, 400) });

/** Stage path, rent limits and reminders of the installation (stored as the setting `housing.settings`). */
export const housingRules = z.strictObject({
  stages: z.array(stageDefinition).min(BUILT_IN_STAGES.length).max(20),
  rentLimits: z.array(rentLimit).min(1).max(20),
  /** The shipped rent limits are examples until someone enters the benefits agency's table. */
  rentLimitsAreExamples: z.boolean(),
  expiryWarningDays: wholeNumber(1, 365),
  followUpWeeks: z.array(wholeNumber(1, 104)).max(6),
});

/** The settings page saves the rules with the version it loaded them at (see fields.version). */
export const housingSettingsInput = housingRules.extend({ version });

export type StageLabels = z.output<typeof stageLabels>;
export type StageDefinition = z.output<typeof stageDefinition>;
export type RentLimit = z.output<typeof rentLimit>;
export type HousingSettings = z.output<typeof housingRules>;
/** What the settings channels return: the rules and their version. */
export type HousingSettingsView = z.output<typeof housingSettingsInput>;

// ---------------------------------------------------------------- accommodations

export interface AccommodationView {
  id: number;
  version: number;
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

/** No id creates; a change names the version it was loaded at. */
export const accommodationInput = z
  .strictObject({
    id: id.optional(),
    version: version.optional(),
    name: requiredText(120),
    address: requiredText(200),
    units: wholeNumber(0, 1000),
    beds: wholeNumber(0, 5000),
  })
  .check(requireVersionForChanges);

// ---------------------------------------------------------------- households and cases

export const householdInput = z.strictObject({
  reference: requiredText(40),
  ageBands: z.array(z.enum(AGE_BANDS)).min(1, { error: 'housing:validation.membersRequired' }).max(MAX_MEMBERS, { error: 'validation:outOfRange' }),
  languages: z.array(languageTag).max(6),
  roomsNeeded: wholeNumber(1, 10),
  accessibility: z.boolean(),
  rentingStatus: z.enum(RENTING_STATUSES),
  incomeSource: z.enum(INCOME_SOURCES),
});

export const registerHouseholdInput = z.strictObject({
  household: householdInput,
  accommodationId: id,
  movedInOn: localDate,
});

/** `version` is the household's, as loaded with the case (CaseDetail.household.version). */
export const householdUpdateInput = z.strictObject({ caseId: id, version, household: householdInput });

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
  version: number;
  role: ContactRole;
  name: string;
  phone: string;
  email: string;
}

export interface ViewingView {
  id: number;
  offerId: number;
  offerAddress: string;
  at: string;
  outcome: ViewingOutcome;
}

export interface CaseDetail {
  card: CaseCard;
  household: z.output<typeof householdInput> & { id: number; version: number; movedInOn: string | null };
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
  /** The stage the user saw the case in: a colleague's move in between is reported (CONFLICT), not undone. */
  fromStage: z.string().min(1).max(40),
  to: z.string().min(1).max(40),
  reason: optionalText(500).optional(),
  /** With leaseSigned: the planned move date; with movedOut: the actual one (default today). */
  moveOn: localDate.optional(),
});

export const waitingStartInput = z.strictObject({ caseId: id, actor: z.enum(WAITING_ACTORS), what: requiredText(200) });
export const waitingAnswerInput = z.strictObject({ id });

export const documentSaveInput = z
  .strictObject({
    id: id.optional(),
    caseId: id,
    kind: z.enum(DOCUMENT_KINDS),
    customLabel: optionalText(120).optional(),
    status: z.enum(DOCUMENT_STATUSES),
    statusOn: localDate.nullable(),
    expiresOn: localDate.nullable(),
  })
  .check((ctx) => {
    // A document of the installation's own kind is known only by its label.
    if (ctx.value.kind === 'custom' && !ctx.value.customLabel) {
      ctx.issues.push({ code: 'custom', message: 'validation:required', path: ['customLabel'], input: ctx.value.customLabel });
    }
  });

export const checklistPrintInput = z.strictObject({ caseId: id, language: languageTag.optional() });

/** `eraseHousehold`: the withdrawal also erases the household in this module (the erasure the consent's purpose may require). */
export const consentWithdrawInput = z.strictObject({ caseId: id, consentId: id, withdrawnOn: localDate, eraseHousehold: z.boolean().default(false) });

export const contactSaveInput = z
  .strictObject({
    id: id.optional(),
    version: version.optional(),
    caseId: id,
    role: z.enum(CONTACT_ROLES),
    name: requiredText(120),
    phone: optionalText(60),
    email: optionalText(120),
  })
  .check(requireVersionForChanges);

// ---------------------------------------------------------------- offers

export interface OfferView {
  id: number;
  version: number;
  address: string;
  rooms: number;
  sizeSqm: number;
  rentCents: number;
  freeFrom: string;
  landlordType: LandlordType;
  reservedForCaseId: number | null;
  reservedForReference: string | null;
}

export const offerInput = z
  .strictObject({
    id: id.optional(),
    version: version.optional(),
    address: requiredText(200),
    rooms: wholeNumber(1, 12),
    sizeSqm: wholeNumber(10, 400),
    rentCents: wholeNumber(0, 10_000_000),
    freeFrom: localDate,
    landlordType: z.enum(LANDLORD_TYPES),
    reservedForCaseId: id.nullable(),
  })
  .check(requireVersionForChanges);

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

/**
 * The indicators as the module's own page and workbook show them: counts of households, people
 * and cases pass small-count suppression (threshold from the report settings, with secondary
 * suppression where a line adds up to a known total). Beds, medians and estimates are not counts
 * of people and are shown as they are.
 */
export interface HousingIndicatorsView extends Omit<HousingIndicators, 'moveOutsPerQuarter' | 'pipeline' | 'daysPerActor' | 'occupancy' | 'forecast'> {
  threshold: number;
  /** People of a quarter are hidden when its households are few: a family's size would show. */
  moveOutsPerQuarter: { quarter: string; households: ReportCell; people: ReportCell }[];
  pipeline: { stage: StageKey; cases: ReportCell }[];
  /** Days waited in all: `fewCases` when resting on few requests. */
  daysPerActor: { actor: WaitingActor; days: ReportCell; requests: ReportCell }[];
  occupancy: { beds: number; occupied: ReportCell };
  forecast: { month: string; fromSignedLeases: ReportCell; estimated: number }[];
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

/** The most offers listed at once, earliest free first; beyond it the list says "showing N of M". */
export const OFFERS_MAX = 500;

/** The offers listed (at most `OFFERS_MAX`) and how many match. */
export interface OfferListPage {
  rows: OfferView[];
  total: number;
}
