import { z } from 'zod';
import {
  endNotBefore,
  id,
  localDate,
  localDateTime,
  localTime,
  month,
  optionalLocalDate,
  optionalText,
  requireVersionForChanges,
  requiredText,
  version,
  wholeNumber,
} from '../fields';
import { languageTagRule } from '../languages';
import {
  ASSIGNMENT_STATUSES,
  CANCELLED_BY,
  EVENT_KINDS,
  FOCUS_POOLS,
  GENDER_PREFERENCES,
  GENDERS,
  INTERPRETER_STATUSES,
  LANGUAGE_LEVELS,
  REQUESTER_TYPES,
  SENSITIVITIES,
  SETTINGS,
  TOPICS,
  type AssignmentStatus,
  type CancelledBy,
  type FocusPool,
  type Gender,
  type GenderPreference,
  type InterpreterStatus,
  type LanguageLevel,
  type ReasonCode,
  type RequesterType,
  type Sensitivity,
  type SessionSetting,
  type Topic,
  type WhyNotCode,
} from './values';

/**
 * The pool's input schemas and the views its channels return. Text, dates, times, months, ids and
 * whole numbers come from contract/fields.ts; the rules only the pool has are below.
 */

// ---------------------------------------------------------------- the pool's own field rules

/**
 * A spoken language as the pool books it: a registry code (`ar`, `ku`, `ti`) or one an admin added
 * to the pool's extra languages (`kmr`, `ar-LB`); dialects also have their own free-text field.
 */
export const languageCode = languageTagRule;

/** Euro cents; `null` means the pool's default applies. */
export const optionalCents = wholeNumber(0, 100_000).nullable();

/**
 * Client reference: initials or a case number, never a diagnosis — short on purpose so free
 * text cannot creep in.
 */
export const clientReference = z
  .string()
  .trim()
  .max(20, { error: 'pool:validation.clientReference' })
  .refine((value) => value === '' || INITIALS.test(value) || CASE_NUMBER.test(value), { error: 'pool:validation.clientReference' });

/** Up to three initials, with or without dots and spaces: `A.K.`, `AK`, `A. K. M.`. */
const INITIALS = /^(\p{L}\.?\s?){1,3}$/u;
/** A case number: letters, digits, `./-` and spaces, with at least one digit: `K-2026-017`, `Fall 17`. */
const CASE_NUMBER = /^(?=.*\p{N})[\p{L}\p{N}][\p{L}\p{N}./\- ]*$/u;

/** One to five stars. */
export const rating = wholeNumber(1, 5);

// ---------------------------------------------------------------- interpreters (Sprachmittler*innen)

export const interpreterInput = z
  .strictObject({
    id: id.nullable(),
    /** The version the profile was loaded at; required with an id (see fields.version). */
    version: version.optional(),
    nameNative: requiredText(120),
    nameLatin: requiredText(120),
    gender: z.enum(GENDERS),
    phone: optionalText(40),
    email: optionalText(120),
    status: z.enum(INTERPRETER_STATUSES),
    focusPools: z.array(z.enum(FOCUS_POOLS)),
    languages: z
      .array(z.strictObject({ language: languageCode, dialect: optionalText(60), level: z.enum(LANGUAGE_LEVELS) }))
      .min(1, { error: 'pool:validation.languagesRequired' }),
    qualifications: z.array(z.strictObject({ title: requiredText(120), evidenceOn: optionalLocalDate })),
    events: z.array(z.strictObject({ kind: z.enum(EVENT_KINDS), on: localDate })),
    availability: z.array(z.strictObject({ weekday: wholeNumber(1, 7), from: localTime, to: localTime }).check(endNotBefore('from', 'to'))),
    absences: z.array(z.strictObject({ from: localDate, to: localDate }).check(endNotBefore('from', 'to'))),
    conflicts: z.array(z.strictObject({ requesterId: id.nullable(), clientReference })),
    confidentialitySignedOn: optionalLocalDate,
    firstHourCents: optionalCents,
    furtherHalfHourCents: optionalCents,
    kmCents: optionalCents,
    /** Flat travel fee per on-site job instead of kilometres (the interpreter's travel rule). */
    travelFlatCents: optionalCents,
    notes: optionalText(2000),
  })
  .check(requireVersionForChanges);
export type InterpreterInput = z.input<typeof interpreterInput>;

/** Interpreters a page at a time (a regional pool has a thousand): narrow by name and status. */
export const INTERPRETER_PAGE_SIZE = 100;
/** The largest page, for pickers that offer every interpreter they can in one list. */
export const INTERPRETER_PAGE_MAX = 500;
export const interpretersFilter = z.strictObject({
  search: optionalText(80),
  status: z.enum(INTERPRETER_STATUSES).nullable(),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(INTERPRETER_PAGE_MAX).default(INTERPRETER_PAGE_SIZE),
});

/** One page of a list: `rows` from `offset`, of `total` records matching the filter. */
export interface ListPage<T> {
  rows: T[];
  total: number;
  /** True when `total` is a bound, not a count: there are more than `total` (counting all would cost more than the list). */
  totalIsLowerBound?: boolean;
  offset: number;
  pageSize: number;
}

export interface InterpreterSummary {
  id: number;
  nameNative: string;
  nameLatin: string;
  status: InterpreterStatus;
  focusPools: FocusPool[];
  languages: { language: string; dialect: string; level: LanguageLevel }[];
  lastSupervisionOn: string | null;
  lastTrainingOn: string | null;
}

export interface InterpreterDetail extends Omit<InterpreterInput, 'id' | 'version'> {
  id: number;
  version: number;
  gender: Gender;
  createdAt: string;
  updatedAt: string;
  /** The requesters its conflicts of interest name, so the form shows their names (not part of a save). */
  conflictRequesters: { id: number; name: string }[];
}

/**
 * An interpreter's hours for the profile's overview: done sessions (their actual minutes, else the
 * booked duration) in the current month and year of the installation's calendar.
 */
export interface InterpreterHours {
  /** `yyyy-MM` and `yyyy` the sums are for. */
  month: string;
  year: string;
  monthMinutes: number;
  monthSessions: number;
  yearMinutes: number;
  yearSessions: number;
}

// ---------------------------------------------------------------- requesters (Bedarfsträger)

/** A requester and its contact persons are one form: the requester's version covers both. */
export const requesterInput = z
  .strictObject({
    id: id.nullable(),
    version: version.optional(),
    name: requiredText(160),
    type: z.enum(REQUESTER_TYPES),
    trained: z.boolean(),
    address: optionalText(200),
    phone: optionalText(40),
    contacts: z.array(z.strictObject({ id: id.nullable(), name: requiredText(120), phone: optionalText(40), email: optionalText(120) })),
  })
  .check(requireVersionForChanges);
export type RequesterInput = z.input<typeof requesterInput>;

/** The most requesters listed at once, by name; beyond it the list says "showing N of M" and offers the name search. */
export const REQUESTERS_MAX = 500;
/** By name (contains); `limit` lets a search-as-you-type picker ask for the few it shows. */
export const requestersFilter = z.strictObject({
  search: optionalText(80),
  limit: z.number().int().min(1).max(REQUESTERS_MAX).default(REQUESTERS_MAX),
});

export interface RequesterView {
  id: number;
  version: number;
  name: string;
  type: RequesterType;
  trained: boolean;
  address: string;
  phone: string;
  contacts: { id: number; name: string; phone: string; email: string }[];
}

// ---------------------------------------------------------------- booking and assignments (Einsätze)

export const bookingInput = z.strictObject({
  requesterId: id,
  contactId: id.nullable(),
  start: localDateTime,
  durationMinutes: wholeNumber(15, 600),
  setting: z.enum(SETTINGS),
  address: optionalText(200),
  language: languageCode,
  dialect: optionalText(60),
  topic: z.enum(TOPICS),
  sensitivity: z.enum(SENSITIVITIES),
  genderPreference: z.enum(GENDER_PREFERENCES),
  clientReference,
  /** 1 = a single session; more = a weekly series (e.g. therapy), each session its own assignment. */
  weeklyCount: wholeNumber(1, 52),
});
export type BookingInput = z.input<typeof bookingInput>;

export interface AssignmentSummary {
  id: number;
  start: string;
  end: string;
  durationMinutes: number;
  setting: SessionSetting;
  language: string;
  dialect: string;
  topic: Topic;
  sensitivity: Sensitivity;
  status: AssignmentStatus;
  requesterId: number;
  requesterName: string;
  interpreterId: number | null;
  interpreterName: string | null;
  seriesId: number | null;
  clientReference: string;
  hasFeedback: boolean;
  /** Week plan: a proposal that overlaps a booking of the same interpreter (it cannot be confirmed as is). */
  overlapsBooking?: boolean;
}

export interface StatusChange {
  at: string;
  userName: string;
  from: AssignmentStatus | null;
  to: AssignmentStatus;
  interpreterName: string | null;
  cancelledBy: CancelledBy | null;
  note: string;
}

export interface FeedbackView {
  accuracy: number;
  role: number;
  punctuality: number;
  confidentiality: number;
  overall: number;
  comment: string;
  emotionalLoad: number | null;
  supervisionWish: boolean;
  debrief: string;
  clientRating: number | null;
  clientComment: string;
  recordedAt: string;
}

export interface AssignmentDetail extends AssignmentSummary {
  address: string;
  genderPreference: GenderPreference;
  contact: { name: string; phone: string; email: string } | null;
  requesterAddress: string;
  requesterPhone: string;
  cancelledBy: CancelledBy | null;
  lateCancellation: boolean;
  travelKm: number | null;
  actualMinutes: number | null;
  history: StatusChange[];
  feedback: FeedbackView | null;
  /** Whether the session has begun (by the core's clock): only then can it be marked done or no-show. */
  started: boolean;
}

export interface MatchProposal {
  interpreterId: number;
  nameNative: string;
  nameLatin: string;
  reasons: ReasonCode[];
  bookedMinutesThisMonth: number;
}
export interface MatchRejection {
  interpreterId: number;
  nameNative: string;
  nameLatin: string;
  whyNot: WhyNotCode[];
}
export interface MatchView {
  proposals: MatchProposal[];
  /** Why not, for each interpreter who speaks the language but was not proposed. */
  rejected: MatchRejection[];
  /** Interpreters not gone who do not speak the language at all: counted, not listed. */
  notSpeaking: number;
}

export const assignmentsFilter = z
  .strictObject({
    status: z.enum(ASSIGNMENT_STATUSES).nullable(),
    from: optionalLocalDate,
    to: optionalLocalDate,
    interpreterId: id.nullable(),
    limit: wholeNumber(1, 200).default(50),
    offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
  })
  .check(endNotBefore('from', 'to'));

export const proposeInput = z.strictObject({ id, interpreterId: id });

export const cancelInput = z.strictObject({
  id,
  by: z.enum(CANCELLED_BY),
  reason: optionalText(300),
});

export const completeInput = z.strictObject({
  id,
  actualMinutes: wholeNumber(1, 720).nullable(),
  travelKm: wholeNumber(0, 1000).nullable(),
});

export const unmetInput = z.strictObject({ id, reason: optionalText(300) });

export const feedbackInput = z.strictObject({
  assignmentId: id,
  accuracy: rating,
  role: rating,
  punctuality: rating,
  confidentiality: rating,
  overall: rating,
  comment: optionalText(2000),
  emotionalLoad: rating.nullable(),
  supervisionWish: z.boolean(),
  debrief: optionalText(2000),
  clientRating: rating.nullable(),
  clientComment: optionalText(1000),
});
export type FeedbackInput = z.input<typeof feedbackInput>;

// ---------------------------------------------------------------- quality, fees, calendar

export interface QualityRow {
  interpreterId: number;
  nameNative: string;
  nameLatin: string;
  count: number;
  averages: { accuracy: number; role: number; punctuality: number; confidentiality: number; overall: number } | null;
  /** Overall average of the last five ratings minus that of the five before; null below ten. */
  trend: number | null;
  lowRating: boolean;
  openSupervisionWishes: number;
}

export interface FeeLine {
  assignmentId: number;
  start: string;
  status: AssignmentStatus;
  minutes: number;
  timeCents: number;
  travelKm: number;
  travelCents: number;
  lateCancellation: boolean;
  totalCents: number;
}
export interface FeeStatement {
  interpreterId: number;
  nameNative: string;
  nameLatin: string;
  month: string;
  lines: FeeLine[];
  totals: { minutes: number; timeCents: number; travelKm: number; travelCents: number; cancellationCents: number; totalCents: number };
}

export const interpreterMonth = z.strictObject({ interpreterId: id, month });
const csvWord = optionalText(80);
/** The words of the fee CSV in the user's language: the renderer sends what it shows. */
export const feeCsvTexts = z.strictObject({
  assignment: csvWord,
  start: csvWord,
  status: csvWord,
  minutes: csvWord,
  fee: csvWord,
  km: csvWord,
  travel: csvWord,
  lateCancellation: csvWord,
  total: csvWord,
  sum: csvWord,
  yes: csvWord,
  no: csvWord,
  statuses: z.strictObject({ done: csvWord, cancelled: csvWord, noShow: csvWord }),
});
export const feeCsvInput = z.strictObject({ interpreterId: id, month, texts: feeCsvTexts });
/** One interpreter, or (null) everyone paid that month. */
export const feeWorkbookInput = z.strictObject({ interpreterId: id.nullable(), month });
export const calendarWeekInput = z.strictObject({ weekStart: localDate, interpreterId: id.nullable() });
/** The most sessions a week plan shows at once; beyond it the plan says so and asks to choose an interpreter. */
export const CALENDAR_WEEK_MAX = 1000;
/** The most assignments still without feedback listed at once, newest first; beyond it the list says "showing N of M". */
export const MISSING_FEEDBACK_MAX = 200;
/** How far the missing-feedback list counts: beyond it, "more than 1,000" (a regional pool has some 13,000; counting them all took 100 ms). */
export const MISSING_FEEDBACK_COUNT_BOUND = 1000;
/** The most sessions of today and tomorrow on the start page; beyond it the panel says "showing N of M". */
export const UPCOMING_MAX = 200;

export interface UnmetDemandRow {
  language: string;
  count: number;
}

// ---------------------------------------------------------------- the pool's rules (settings)

/** The settings page names the broken range in the pool's own words (a decimal threshold has no "whole number" rule). */
const RANGE = { error: 'pool:validation.outOfRange' } as const;
const settingNumber = (min: number, max: number) =>
  z
    .number({ error: 'validation:wholeNumber' })
    .int({ error: 'validation:wholeNumber' })
    // A negative fee or buffer is named as such, on its field.
    .min(min, min === 0 ? { error: 'validation:notNegative' } : RANGE)
    .max(max, RANGE);

/** The pool's rules as stored (the setting `pool.settings`). */
export const poolRules = z.strictObject({
  travelBufferMinutes: settingNumber(0, 240),
  mentalHealthNeedsPool: z.boolean(),
  supervisionWithinMonths: settingNumber(1, 36),
  trainingWithinMonths: settingNumber(1, 60),
  firstHourCents: settingNumber(0, 100_000),
  furtherHalfHourCents: settingNumber(0, 100_000),
  kmCents: settingNumber(0, 1_000),
  lateCancelHours: settingNumber(0, 168),
  lateCancelPaidMinutes: settingNumber(0, 600),
  lowRatingThreshold: z.number({ error: 'pool:validation.outOfRange' }).min(1, RANGE).max(5, RANGE),
  /** Languages and dialects the pool books beyond the registry, added by an admin without a release. */
  extraLanguages: z
    .array(z.strictObject({ code: languageTagRule, name: requiredText(60) }))
    .max(40, RANGE)
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((l, i) => {
        if (seen.has(l.code)) ctx.issues.push({ code: 'custom', input: l.code, path: [i, 'code'], message: 'pool:validation.languageTwice' });
        seen.add(l.code);
      });
    }),
});
export type PoolSettings = z.output<typeof poolRules>;

/** The settings page saves the rules with the version it loaded them at. */
export const poolSettingsInput = poolRules.extend({ version });
/** What the settings channels return: the rules and their version. */
export type PoolSettingsView = z.output<typeof poolSettingsInput>;
