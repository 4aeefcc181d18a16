import { z } from 'zod';
import { channel, type Access } from './channel';
import type { FileDownload } from './files';
import * as f from './fields';
import { defineModuleContract } from './module-contract';
import * as p from './pool-fields';
import type {
  AssignmentStatus,
  CancelledBy,
  FocusPool,
  Gender,
  GenderPreference,
  InterpreterStatus,
  LanguageLevel,
  ReasonCode,
  RequesterType,
  Sensitivity,
  SessionSetting,
  Topic,
  WhyNotCode,
} from './pool-fields';

export * from './pool-fields';

/** Sprachmittlerpool: only coordinators, and only where the installation runs the pool. */
const COORDINATOR: Access = { kind: 'signedIn', roles: ['coordinator'] };
const COORDINATOR_OR_ADMIN: Access = { kind: 'signedIn', roles: ['coordinator', 'admin'] };

// ---------------------------------------------------------------- interpreters (Sprachmittler*innen)

export const interpreterInput = z.strictObject({
  id: f.id.nullable(),
  nameNative: p.requiredText(120),
  nameLatin: p.requiredText(120),
  gender: z.enum(p.GENDERS),
  phone: p.optionalText(40),
  email: p.optionalText(120),
  status: z.enum(p.INTERPRETER_STATUSES),
  focusPools: z.array(z.enum(p.FOCUS_POOLS)),
  languages: z
    .array(z.strictObject({ language: p.languageCode, dialect: p.optionalText(60), level: z.enum(p.LANGUAGE_LEVELS) }))
    .min(1, { error: 'pool:validation.languagesRequired' }),
  qualifications: z.array(z.strictObject({ title: p.requiredText(120), evidenceOn: p.optionalLocalDate })),
  events: z.array(z.strictObject({ kind: z.enum(p.EVENT_KINDS), on: p.localDate })),
  availability: z.array(z.strictObject({ weekday: z.number().int().min(1).max(7), from: p.localTime, to: p.localTime })),
  absences: z.array(z.strictObject({ from: p.localDate, to: p.localDate })),
  conflicts: z.array(z.strictObject({ requesterId: f.id.nullable(), clientReference: p.clientReference })),
  confidentialitySignedOn: p.optionalLocalDate,
  firstHourCents: p.optionalCents,
  furtherHalfHourCents: p.optionalCents,
  kmCents: p.optionalCents,
  /** Flat travel fee per on-site job instead of kilometres (the interpreter's travel rule). */
  travelFlatCents: p.optionalCents,
  notes: p.optionalText(2000),
});
export type InterpreterInput = z.input<typeof interpreterInput>;

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

export interface InterpreterDetail extends Omit<InterpreterInput, 'id'> {
  id: number;
  gender: Gender;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- requesters (Bedarfsträger)

export const requesterInput = z.strictObject({
  id: f.id.nullable(),
  name: p.requiredText(160),
  type: z.enum(p.REQUESTER_TYPES),
  trained: z.boolean(),
  address: p.optionalText(200),
  phone: p.optionalText(40),
  contacts: z.array(
    z.strictObject({ id: f.id.nullable(), name: p.requiredText(120), phone: p.optionalText(40), email: p.optionalText(120) }),
  ),
});
export type RequesterInput = z.input<typeof requesterInput>;

export interface RequesterView {
  id: number;
  name: string;
  type: RequesterType;
  trained: boolean;
  address: string;
  phone: string;
  contacts: { id: number; name: string; phone: string; email: string }[];
}

// ---------------------------------------------------------------- booking and assignments (Einsätze)

export const bookingInput = z.strictObject({
  requesterId: f.id,
  contactId: f.id.nullable(),
  start: p.localDateTime,
  durationMinutes: z.number().int({ error: 'validation:wholeNumber' }).min(15, { error: 'validation:invalid' }).max(600, { error: 'validation:invalid' }),
  setting: z.enum(p.SETTINGS),
  address: p.optionalText(200),
  language: p.languageCode,
  dialect: p.optionalText(60),
  topic: z.enum(p.TOPICS),
  sensitivity: z.enum(p.SENSITIVITIES),
  genderPreference: z.enum(p.GENDER_PREFERENCES),
  clientReference: p.clientReference,
  /** 1 = a single session; more = a weekly series (e.g. therapy), each session its own assignment. */
  weeklyCount: z.number().int().min(1).max(52),
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
  rejected: MatchRejection[];
}

export const assignmentsFilter = z.strictObject({
  status: z.enum(p.ASSIGNMENT_STATUSES).nullable(),
  from: p.optionalLocalDate,
  to: p.optionalLocalDate,
  interpreterId: f.id.nullable(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});

export const cancelInput = z.strictObject({
  id: f.id,
  by: z.enum(p.CANCELLED_BY),
  reason: p.optionalText(300),
});

export const completeInput = z.strictObject({
  id: f.id,
  actualMinutes: z.number().int().min(1).max(720).nullable(),
  travelKm: z.number().int({ error: 'validation:wholeNumber' }).min(0).max(1000).nullable(),
});

export const feedbackInput = z.strictObject({
  assignmentId: f.id,
  accuracy: p.rating,
  role: p.rating,
  punctuality: p.rating,
  confidentiality: p.rating,
  overall: p.rating,
  comment: p.optionalText(2000),
  emotionalLoad: p.rating.nullable(),
  supervisionWish: z.boolean(),
  debrief: p.optionalText(2000),
  clientRating: p.rating.nullable(),
  clientComment: p.optionalText(1000),
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

export interface UnmetDemandRow {
  language: string;
  count: number;
}

export interface PoolSettings {
  travelBufferMinutes: number;
  mentalHealthNeedsPool: boolean;
  supervisionWithinMonths: number;
  trainingWithinMonths: number;
  firstHourCents: number;
  furtherHalfHourCents: number;
  kmCents: number;
  lateCancelHours: number;
  lateCancelPaidMinutes: number;
  lowRatingThreshold: number;
}

const RANGE = { error: 'pool:validation.outOfRange' } as const;
const whole = (min: number, max: number) => z.number({ error: 'validation:wholeNumber' }).int({ error: 'validation:wholeNumber' }).min(min, RANGE).max(max, RANGE);
export const poolSettingsInput = z.strictObject({
  travelBufferMinutes: whole(0, 240),
  mentalHealthNeedsPool: z.boolean(),
  supervisionWithinMonths: whole(1, 36),
  trainingWithinMonths: whole(1, 60),
  firstHourCents: whole(0, 100_000),
  furtherHalfHourCents: whole(0, 100_000),
  kmCents: whole(0, 1_000),
  lateCancelHours: whole(0, 168),
  lateCancelPaidMinutes: whole(0, 600),
  lowRatingThreshold: z.number({ error: 'pool:validation.outOfRange' }).min(1, RANGE).max(5, RANGE),
});

const byId = z.strictObject({ id: f.id });
const interpreterMonth = z.strictObject({ interpreterId: f.id, month: p.month });

export const poolChannels = {
  'pool.interpretersList': channel<InterpreterSummary[]>()({
    input: z.strictObject({ search: p.optionalText(80), status: z.enum(p.INTERPRETER_STATUSES).nullable() }),
    access: COORDINATOR,
    kind: 'read',
  }),
  'pool.interpreterGet': channel<InterpreterDetail>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.interpreterSave': channel<InterpreterDetail>()({ input: interpreterInput, access: COORDINATOR, kind: 'write' }),

  'pool.requestersList': channel<RequesterView[]>()({ input: z.strictObject({ search: p.optionalText(80) }), access: COORDINATOR, kind: 'read' }),
  'pool.requesterSave': channel<RequesterView>()({ input: requesterInput, access: COORDINATOR, kind: 'write' }),

  /** Creates one assignment per session (a weekly series shares a series id); returns their ids. */
  'pool.bookingCreate': channel<{ ids: number[]; seriesId: number | null }>()({ input: bookingInput, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentsList': channel<{ rows: AssignmentSummary[]; total: number }>()({ input: assignmentsFilter, access: COORDINATOR, kind: 'read' }),
  'pool.assignmentGet': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.matchProposals': channel<MatchView>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.assignmentPropose': channel<AssignmentDetail>()({
    input: z.strictObject({ id: f.id, interpreterId: f.id }),
    access: COORDINATOR,
    kind: 'write',
  }),
  /** Checks eligibility and overlap (with travel buffer) inside the confirming transaction. */
  'pool.assignmentConfirm': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentComplete': channel<AssignmentDetail>()({ input: completeInput, access: COORDINATOR, kind: 'write' }),
  /** An interpreter's cancellation sends the request back to matching; others end it. */
  'pool.assignmentCancel': channel<AssignmentDetail>()({ input: cancelInput, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentNoShow': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentUnmet': channel<AssignmentDetail>()({
    input: z.strictObject({ id: f.id, reason: p.optionalText(300) }),
    access: COORDINATOR,
    kind: 'write',
  }),
  'pool.feedbackSave': channel<AssignmentDetail>()({ input: feedbackInput, access: COORDINATOR, kind: 'write' }),
  'pool.missingFeedback': channel<AssignmentSummary[]>()({ input: f.empty, access: COORDINATOR, kind: 'read' }),
  'pool.quality': channel<QualityRow[]>()({ input: f.empty, access: COORDINATOR, kind: 'read' }),
  'pool.feeStatement': channel<FeeStatement>()({ input: interpreterMonth, access: COORDINATOR, kind: 'read' }),
  /** CSV (RFC 4180, semicolon-free comma separation, UTF-8 with BOM for spreadsheet programs). */
  'pool.feeStatementExport': channel<FileDownload>()({ input: interpreterMonth, access: COORDINATOR, kind: 'read' }),
  /** XLSX with one sheet per statement: one interpreter, or (null) everyone paid that month. */
  'pool.feeStatementXlsx': channel<FileDownload>()({
    input: z.strictObject({ interpreterId: f.id.nullable(), month: p.month }),
    access: COORDINATOR,
    kind: 'read',
  }),
  'pool.calendarExport': channel<FileDownload>()({ input: z.strictObject({ interpreterId: f.id }), access: COORDINATOR, kind: 'read' }),
  'pool.calendarWeek': channel<AssignmentSummary[]>()({
    input: z.strictObject({ weekStart: p.localDate, interpreterId: f.id.nullable() }),
    access: COORDINATOR,
    kind: 'read',
  }),
  /** The start page: today's and tomorrow's assignments of the pool (Rheine dates, from the core's clock). */
  'pool.upcoming': channel<{ today: string; tomorrow: string; rows: AssignmentSummary[] }>()({ input: f.empty, access: COORDINATOR, kind: 'read' }),
  'pool.unmetDemand': channel<UnmetDemandRow[]>()({ input: f.empty, access: COORDINATOR, kind: 'read' }),
  // The pool's rules: coordinators run them, admins see them under Administration.
  'pool.settingsGet': channel<PoolSettings>()({ input: f.empty, access: COORDINATOR_OR_ADMIN, kind: 'read' }),
  'pool.settingsSave': channel<PoolSettings>()({ input: poolSettingsInput, access: COORDINATOR_OR_ADMIN, kind: 'write' }),
} as const;

/** The Sprachmittlerpool in the contract: served by coordinators. */
export const poolModule = defineModuleContract({
  id: 'pool',
  roles: ['coordinator'],
  channels: poolChannels,
  taskKinds: ['pool.missingFeedback'],
});
