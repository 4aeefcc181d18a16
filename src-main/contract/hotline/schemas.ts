import { z } from 'zod';
import { labelMap, type LabelMap } from '../labels';
import { consentInput } from '../consent';
import * as f from '../fields';
import type { ReportCell } from '../reports';
import {
  CALL_STATUSES,
  FOLLOW_UP_KINDS,
  OUTREACH_KINDS,
  SIZE_BANDS,
  SUPPORT_ACTION_KINDS,
  TAXONOMY_KINDS,
  URGENCIES,
  type CallStatus,
  type FollowUpKind,
  type SupportActionKind,
  type TaxonomyKind,
  type Urgency,
} from './values';

/**
 * Arbeitgeberinfo: input rules and views of the employer hotline. Shared by the core's
 * validation and the renderer's forms, so each rule is written once; the field builders are the
 * shared ones of contract/fields.ts, the rules here are the hotline's own.
 */

const page = z.number().int().min(1).default(1);

// ---------- taxonomy ----------

export const taxonomyAddInput = z.strictObject({
  kind: z.enum(TAXONOMY_KINDS),
  /** Sub-topics belong to a topic. */
  parentId: f.id.nullable(),
  /** The entry's name per UI language, German required (the others fall back to it). */
  labels: labelMap(80),
});

export interface TaxonomyEntry {
  id: number;
  kind: TaxonomyKind;
  parentId: number | null;
  /** Seeded entries have a stable key translated as `hotline:tax.<key>`; admin entries have labels. */
  key: string | null;
  labels: LabelMap | null;
  active: boolean;
}

// ---------- employers ----------

export const employerInput = z.strictObject({
  name: f.requiredText(120),
  sector: f.optionalText(80),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  street: f.optionalText(120),
  postcode: z.string().trim().regex(/^(\d{5})?$/, { error: 'hotline:validation.postcode' }),
  city: f.optionalText(80),
  notes: f.optionalText(4000),
});
/** `id: null` creates; a change names the version it was loaded at (see fields.version). */
export const employerSaveInput = z.strictObject({ id: f.id.nullable(), version: f.version.optional(), employer: employerInput }).check(f.requireVersionForChanges);

export const contactInput = z.strictObject({
  name: f.requiredText(80),
  role: f.optionalText(80),
  phone: f.optionalText(40),
  email: z.union([z.literal(''), z.email({ error: 'hotline:validation.email' }).max(120)]),
});
export const contactSaveInput = z
  .strictObject({ employerId: f.id, id: f.id.nullable(), version: f.version.optional(), contact: contactInput })
  .check(f.requireVersionForChanges);

export interface EmployerSummary {
  id: number;
  name: string;
  city: string;
  sector: string;
  callCount: number;
  lastCallAt: string | null;
  /** Display names of colleagues typing a call about this employer right now. */
  inCallWith: string[];
}

export interface EmployerContactView {
  id: number;
  version: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface EmployerView extends z.output<typeof employerInput> {
  id: number;
  version: number;
  contacts: EmployerContactView[];
  createdAt: string;
  /** Colleagues typing a call about this employer right now (who, since when; never what). */
  inCallWith: DraftHolder[];
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const listInput = z.strictObject({ query: f.optionalText(80).default(''), page });

// ---------- calls ----------

export const followUpInput = z
  .strictObject({
    kind: z.enum(FOLLOW_UP_KINDS),
    dueOn: f.localDate,
    /** Without a time a follow-up is due by the end of that day. */
    dueTime: f.localTime.nullable(),
    ownerUserId: f.id.nullable(),
    note: f.optionalText(200),
  })
  .check((ctx) => {
    // A hand-over goes to a named colleague; the core also refuses one to oneself.
    if (ctx.value.kind === 'handover' && ctx.value.ownerUserId === null) {
      ctx.issues.push({ code: 'custom', message: 'hotline:validation.handoverColleague', path: ['ownerUserId'], input: null });
    }
  });
export type FollowUpInput = z.output<typeof followUpInput>;

/** What is known when the call ends; the draft becomes this. */
/** A caller's name: refused with its own message when longer, never cut (a name is not shortened silently). */
export const CALLER_NAME_MAX = 80;
const callerName = z.string().trim().min(1, { error: 'validation:required' }).max(CALLER_NAME_MAX, { error: 'hotline:validation.callerNameTooLong' });

export const callInput = z.strictObject({
  employerId: f.id,
  callerName,
  callerRole: f.optionalText(80),
  /** Initials or a pseudonym only: a name needs consent (named case). */
  employeeRef: f.optionalText(20),
  topicId: f.id,
  subtopicId: f.id.nullable(),
  question: f.requiredText(4000),
  answer: f.optionalText(4000),
  answeredInCall: z.boolean(),
  urgency: z.enum(URGENCIES),
  routingId: f.id.nullable(),
  handoverNote: f.optionalText(2000),
  heardViaId: f.id.nullable(),
});
export type CallInput = z.output<typeof callInput>;

export const callLogInput = z.strictObject({
  /** The draft this call was typed into; it is removed when the call is saved. */
  draftId: f.id.nullable(),
  call: callInput,
  followUp: followUpInput.nullable(),
});

/**
 * A call being typed: every field optional and loosely checked, so a half-typed call always
 * saves. Only the lengths are bounded.
 */
export const draftData = z.strictObject({
  employerId: f.id.nullable().optional(),
  employerName: f.optionalText(120).optional(),
  /** Longer than a logged call allows, so an over-long name is kept as typed until the check says so. */
  callerName: f.optionalText(400).optional(),
  callerRole: f.optionalText(80).optional(),
  employeeRef: f.optionalText(20).optional(),
  topicId: f.id.nullable().optional(),
  subtopicId: f.id.nullable().optional(),
  question: f.optionalText(4000).optional(),
  answer: f.optionalText(4000).optional(),
  answeredInCall: z.boolean().optional(),
  urgency: z.enum(URGENCIES).optional(),
  routingId: f.id.nullable().optional(),
  handoverNote: f.optionalText(2000).optional(),
  heardViaId: f.id.nullable().optional(),
  followUpKind: z.enum(['none', ...FOLLOW_UP_KINDS]).optional(),
  followUpDueOn: z.string().max(10).optional(),
  followUpOwnerId: f.id.nullable().optional(),
  followUpNote: f.optionalText(200).optional(),
});
export type DraftData = z.output<typeof draftData>;

export interface DraftView {
  id: number;
  startedAt: string;
  updatedAt: string;
  data: DraftData;
}

/**
 * A colleague's call in progress as others see it: who holds the draft, since when, and the
 * employer record it is about (if one is chosen). Never what is typed in it.
 */
export interface DraftHolder {
  draftId: number;
  holderName: string;
  startedAt: string;
  employerId: number | null;
  employerName: string | null;
}

export interface CallSummary {
  id: number;
  employerId: number;
  employerName: string;
  callerName: string;
  topicId: number;
  routingId: number | null;
  urgency: Urgency;
  status: CallStatus;
  answeredInCall: boolean;
  startedAt: string;
  openFollowUps: number;
}

export interface FollowUpView {
  taskId: number;
  kind: FollowUpKind;
  dueAt: string;
  ownerName: string | null;
  status: 'open' | 'done' | 'cancelled';
  overdue: boolean;
  completedAt: string | null;
  outcome: string | null;
}

export interface SupportActionView {
  id: number;
  kind: SupportActionKind;
  date: string;
  durationMinutes: number;
  outcome: string;
}

export interface CallView extends CallInput {
  id: number;
  /** Sent back when closing the call or naming the employee (see fields.version). */
  version: number;
  employerName: string;
  status: CallStatus;
  startedAt: string;
  endedAt: string;
  outcome: string | null;
  closedAt: string | null;
  takenByName: string | null;
  /** Only after consent for a named case. */
  employeeName: string | null;
  employeeContact: string | null;
  namedCase: boolean;
  followUps: FollowUpView[];
  supportActions: SupportActionView[];
}

export const callsListInput = z.strictObject({
  status: z.enum(['all', ...CALL_STATUSES]).default('all'),
  employerId: f.id.nullable().default(null),
  query: f.optionalText(80).default(''),
  page,
});

export const callCloseInput = z.strictObject({
  id: f.id,
  version: f.version,
  outcome: f.optionalText(2000),
});

export const followUpAddInput = z.strictObject({ callId: f.id, followUp: followUpInput });

export const supportActionInput = z.strictObject({
  kind: z.enum(SUPPORT_ACTION_KINDS),
  date: f.localDate,
  durationMinutes: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(1, { error: 'hotline:validation.duration' }).max(1440, { error: 'hotline:validation.duration' }),
  outcome: f.requiredText(2000),
});
export const supportActionAddInput = z.strictObject({ callId: f.id, action: supportActionInput });

export const consentRecordInput = z.strictObject({ callId: f.id, consent: consentInput });
export const consentWithdrawInput = z.strictObject({ callId: f.id, consentId: f.id, withdrawnOn: f.localDate });

export const namedCaseInput = z.strictObject({
  callId: f.id,
  /** The call's version as loaded: a colleague's name or contact typed in between is not overwritten. */
  version: f.version,
  employeeName: f.requiredText(120),
  employeeContact: f.optionalText(200),
});

// ---------- outreach ----------

export const outreachInput = z.strictObject({
  kind: z.enum(OUTREACH_KINDS),
  place: f.requiredText(120),
  channelId: f.id,
  count: f.wholeNumber(0, 1_000_000),
  date: f.localDate,
  notes: f.optionalText(1000),
});

export const outreachSaveInput = z
  .strictObject({ id: f.id.nullable(), version: f.version.optional(), outreach: outreachInput })
  .check(f.requireVersionForChanges);

export interface OutreachView extends z.output<typeof outreachInput> {
  id: number;
  version: number;
}

// ---------- indicators ----------

/** A period of the installation's calendar; its end may not lie before its start. */
export const indicatorsInput = z.strictObject({ from: f.localDate, to: f.localDate }).check(f.endNotBefore('from', 'to'));

const label = f.optionalText(200);
/** The words of the workbook: the renderer sends what it shows, so the file is in the user's language. */
export const indicatorsExportTexts = z.strictObject({
  sheetSummary: label,
  sheetTopics: label,
  sheetRouting: label,
  sheetChannels: label,
  measure: label,
  value: label,
  from: label,
  to: label,
  totalCalls: label,
  answeredInCall: label,
  followedUp: label,
  averageDays: label,
  openFollowUps: label,
  overdueFollowUps: label,
  month: label,
  channel: label,
  calls: label,
  outreachCount: label,
  notRouted: label,
  unknown: label,
  /** Suppressed cells as the page shows them ("< 5", "x", "n < 5", "–") and the note explaining them. */
  total: label,
  small: label,
  hidden: label,
  fewCases: label,
  none: label,
  suppressionNote: f.optionalText(600),
});
export const indicatorsExportInput = z
  .strictObject({
    from: f.localDate,
    to: f.localDate,
    texts: indicatorsExportTexts,
    /** Taxonomy labels as shown, by entry id (seeded entries are translated in the renderer). */
    labels: z.record(z.string().regex(/^\d+$/), f.optionalText(120)),
  })
  .check(f.endNotBefore('from', 'to'));

export interface Indicators {
  /** `yyyy-MM` of the installation's calendar; one row per month, topic and routing present. */
  callsByMonthTopic: { month: string; topicId: number; count: number }[];
  callsByMonthRouting: { month: string; routingId: number | null; count: number }[];
  totalCalls: number;
  answeredInCall: number;
  /** Calls not answered within the call that have a completed follow-up. */
  followedUp: number;
  averageDaysToFollowUp: number | null;
  openFollowUps: number;
  overdueFollowUps: number;
  callsByChannel: { channelId: number | null; calls: number; outreachCount: number }[];
}

/**
 * The indicators as the hotline's own page and workbook show them: every count of calls passes
 * small-count suppression (threshold from the report settings, with secondary suppression), as in
 * the council report. Outreach counts are actions, not people, and are shown as they are.
 */
export interface IndicatorsView {
  threshold: number;
  /** The months present, `yyyy-MM`, in order; each table has one row per month. */
  months: string[];
  monthTotals: ReportCell[];
  byTopic: { columns: number[]; rows: ReportCell[][] };
  byRouting: { columns: (number | null)[]; rows: ReportCell[][] };
  totalCalls: ReportCell;
  answeredInCall: ReportCell;
  /** Share of calls answered within the call, in percent; none when either count is suppressed. */
  answeredShare: ReportCell;
  followedUp: ReportCell;
  /** Resting on `followedUp` calls: `fewCases` below the threshold. */
  averageDaysToFollowUp: ReportCell;
  openFollowUps: ReportCell;
  overdueFollowUps: ReportCell;
  callsByChannel: { channelId: number | null; calls: ReportCell; outreachCount: number }[];
}

export interface StaffMember {
  id: number;
  displayName: string;
}
