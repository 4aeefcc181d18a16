import { z } from 'zod';
import { consentInput } from './consent';
import * as f from './fields';

/**
 * Arbeitgeberinfo: input rules and views of the employer hotline. Shared by the core's
 * validation and the renderer's forms, so each rule is written once.
 */

export const TAXONOMY_KINDS = ['topic', 'subtopic', 'routing', 'channel'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];
export const URGENCIES = ['low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const FOLLOW_UP_KINDS = ['callBack', 'action'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const SUPPORT_ACTION_KINDS = ['mediation', 'individualContact', 'crisisIntervention'] as const;
export type SupportActionKind = (typeof SUPPORT_ACTION_KINDS)[number];
export const OUTREACH_KINDS = ['flyer', 'event'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];
export const CALL_STATUSES = ['open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
/** The consent purpose that turns an anonymous call into a named case. */
export const NAMED_CASE_PURPOSE = 'hotline.namedCase';
export const PAGE_SIZE = 25;

const text = (max: number) => z.string().trim().max(max, { error: 'validation:tooLong' });
const required = (max: number) => text(max).min(1, { error: 'validation:required' });
const localDate = z.iso.date({ error: 'validation:date' });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'hotline:validation.time' });
const page = z.number().int().min(1).default(1);

// ---------- taxonomy ----------

export const taxonomyAddInput = z.strictObject({
  kind: z.enum(TAXONOMY_KINDS),
  /** Sub-topics belong to a topic. */
  parentId: f.id.nullable(),
  labelDe: required(80),
  labelEn: required(80),
  labelAr: required(80),
});

export interface TaxonomyEntry {
  id: number;
  kind: TaxonomyKind;
  parentId: number | null;
  /** Seeded entries have a stable key translated as `hotline:taxonomy.<key>`; admin entries have labels. */
  key: string | null;
  labels: { de: string; en: string; ar: string } | null;
  active: boolean;
}

// ---------- employers ----------

export const employerInput = z.strictObject({
  name: required(120),
  sector: text(80),
  sizeBand: z.enum(SIZE_BANDS).nullable(),
  street: text(120),
  postcode: z.string().trim().regex(/^(\d{5})?$/, { error: 'hotline:validation.postcode' }),
  city: text(80),
  notes: text(4000),
});
export const employerSaveInput = z.strictObject({ id: f.id.nullable(), employer: employerInput });

export const contactInput = z.strictObject({
  name: required(80),
  role: text(80),
  phone: text(40),
  email: z.union([z.literal(''), z.email({ error: 'hotline:validation.email' }).max(120)]),
});
export const contactSaveInput = z.strictObject({ employerId: f.id, id: f.id.nullable(), contact: contactInput });

export interface EmployerSummary {
  id: number;
  name: string;
  city: string;
  sector: string;
  callCount: number;
  lastCallAt: string | null;
}

export interface EmployerContactView {
  id: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface EmployerView extends z.output<typeof employerInput> {
  id: number;
  contacts: EmployerContactView[];
  createdAt: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const listInput = z.strictObject({ query: text(80).default(''), page });

// ---------- calls ----------

export const followUpInput = z.strictObject({
  kind: z.enum(FOLLOW_UP_KINDS),
  dueOn: localDate,
  /** Without a time a follow-up is due by the end of that day. */
  dueTime: localTime.nullable(),
  ownerUserId: f.id.nullable(),
  note: text(200),
});
export type FollowUpInput = z.output<typeof followUpInput>;

/** What is known when the call ends; the draft becomes this. */
export const callInput = z.strictObject({
  employerId: f.id,
  callerName: required(80),
  callerRole: text(80),
  /** Initials or a pseudonym only: a name needs consent (named case). */
  employeeRef: text(20),
  topicId: f.id,
  subtopicId: f.id.nullable(),
  question: required(4000),
  answer: text(4000),
  answeredInCall: z.boolean(),
  urgency: z.enum(URGENCIES),
  routingId: f.id.nullable(),
  handoverNote: text(2000),
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
  employerName: text(120).optional(),
  callerName: text(80).optional(),
  callerRole: text(80).optional(),
  employeeRef: text(20).optional(),
  topicId: f.id.nullable().optional(),
  subtopicId: f.id.nullable().optional(),
  question: text(4000).optional(),
  answer: text(4000).optional(),
  answeredInCall: z.boolean().optional(),
  urgency: z.enum(URGENCIES).optional(),
  routingId: f.id.nullable().optional(),
  handoverNote: text(2000).optional(),
  heardViaId: f.id.nullable().optional(),
  followUpKind: z.enum(['none', ...FOLLOW_UP_KINDS]).optional(),
  followUpDueOn: z.string().max(10).optional(),
  followUpOwnerId: f.id.nullable().optional(),
  followUpNote: text(200).optional(),
});
export type DraftData = z.output<typeof draftData>;

export interface DraftView {
  id: number;
  startedAt: string;
  updatedAt: string;
  data: DraftData;
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
  query: text(80).default(''),
  page,
});

export const callCloseInput = z.strictObject({
  id: f.id,
  outcome: text(2000),
});

export const followUpAddInput = z.strictObject({ callId: f.id, followUp: followUpInput });

export const supportActionInput = z.strictObject({
  kind: z.enum(SUPPORT_ACTION_KINDS),
  date: localDate,
  durationMinutes: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(1, { error: 'hotline:validation.duration' }).max(1440, { error: 'hotline:validation.duration' }),
  outcome: required(2000),
});
export const supportActionAddInput = z.strictObject({ callId: f.id, action: supportActionInput });

export const consentRecordInput = z.strictObject({ callId: f.id, consent: consentInput });

export const namedCaseInput = z.strictObject({
  callId: f.id,
  employeeName: required(120),
  employeeContact: text(200),
});

// ---------- outreach ----------

export const outreachInput = z.strictObject({
  kind: z.enum(OUTREACH_KINDS),
  place: required(120),
  channelId: f.id,
  count: z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(0, { error: 'validation:wholeNumber' }).max(1_000_000, { error: 'validation:wholeNumber' }),
  date: localDate,
  notes: text(1000),
});

export interface OutreachView extends z.output<typeof outreachInput> {
  id: number;
}

// ---------- indicators ----------

export const indicatorsInput = z.strictObject({ from: localDate, to: localDate });

const label = text(200);
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
});
export const indicatorsExportInput = z.strictObject({
  from: localDate,
  to: localDate,
  texts: indicatorsExportTexts,
  /** Taxonomy labels as shown, by entry id (seeded entries are translated in the renderer). */
  labels: z.record(z.string().regex(/^\d+$/), text(120)),
});

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

export interface StaffMember {
  id: number;
  displayName: string;
}
