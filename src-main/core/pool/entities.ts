import { EntitySchema } from 'typeorm';
import type {
  AssignmentStatus,
  CancelledBy,
  FocusPool,
  Gender,
  GenderPreference,
  InterpreterStatus,
  RequesterType,
  Sensitivity,
  SessionSetting,
  Topic,
} from '../../contract/pool';

/** A Sprachmittler*in of the pool. Names in native script and Latin transliteration. */
export interface Interpreter {
  id: number;
  nameNative: string;
  nameLatin: string;
  gender: Gender;
  phone: string;
  email: string;
  status: InterpreterStatus;
  focusPools: FocusPool[];
  confidentialitySignedOn: string | null;
  firstHourCents: number | null;
  furtherHalfHourCents: number | null;
  kmCents: number | null;
  travelFlatCents: number | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const InterpreterEntity = new EntitySchema<Interpreter>({
  name: 'PoolInterpreter',
  tableName: 'pool_interpreter',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    nameNative: { type: 'text', name: 'name_native' },
    nameLatin: { type: 'text', name: 'name_latin' },
    gender: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    status: { type: 'text' },
    focusPools: { type: 'simple-json', name: 'focus_pools' },
    confidentialitySignedOn: { type: 'text', name: 'confidentiality_signed_on', nullable: true },
    firstHourCents: { type: 'integer', name: 'first_hour_cents', nullable: true },
    furtherHalfHourCents: { type: 'integer', name: 'further_half_hour_cents', nullable: true },
    kmCents: { type: 'integer', name: 'km_cents', nullable: true },
    travelFlatCents: { type: 'integer', name: 'travel_flat_cents', nullable: true },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface InterpreterLanguage {
  id: number;
  interpreterId: number;
  language: string;
  dialect: string;
  level: string;
}

export const InterpreterLanguageEntity = new EntitySchema<InterpreterLanguage>({
  name: 'PoolInterpreterLanguage',
  tableName: 'pool_interpreter_language',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    interpreterId: { type: 'integer', name: 'interpreter_id' },
    language: { type: 'text' },
    dialect: { type: 'text' },
    level: { type: 'text' },
  },
});

/**
 * The small dated lists of a profile in one table: qualifications (evidence date), trainings,
 * reflection meetings and supervision (date), weekly availability (weekday + times in `text`
 * as `HH:mm-HH:mm`), absences (date range) and conflicts of interest (requester or client ref).
 */
export type InterpreterItemKind = 'qualification' | 'training' | 'reflection' | 'supervision' | 'availability' | 'absence' | 'conflict';
export interface InterpreterItem {
  id: number;
  interpreterId: number;
  kind: InterpreterItemKind;
  text: string;
  dateFrom: string | null;
  dateTo: string | null;
  weekday: number | null;
  requesterId: number | null;
}

export const InterpreterItemEntity = new EntitySchema<InterpreterItem>({
  name: 'PoolInterpreterItem',
  tableName: 'pool_interpreter_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    interpreterId: { type: 'integer', name: 'interpreter_id' },
    kind: { type: 'text' },
    text: { type: 'text' },
    dateFrom: { type: 'text', name: 'date_from', nullable: true },
    dateTo: { type: 'text', name: 'date_to', nullable: true },
    weekday: { type: 'integer', nullable: true },
    requesterId: { type: 'integer', name: 'requester_id', nullable: true },
  },
});

/** An organisation that books interpreters (Bedarfsträger): practice, hospital, school … */
export interface Requester {
  id: number;
  name: string;
  type: RequesterType;
  trained: boolean;
  address: string;
  phone: string;
  createdAt: string;
  updatedAt: string;
}

export const RequesterEntity = new EntitySchema<Requester>({
  name: 'PoolRequester',
  tableName: 'pool_requester',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text' },
    type: { type: 'text' },
    trained: { type: 'boolean' },
    address: { type: 'text' },
    phone: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface Contact {
  id: number;
  requesterId: number;
  name: string;
  phone: string;
  email: string;
}

export const ContactEntity = new EntitySchema<Contact>({
  name: 'PoolContact',
  tableName: 'pool_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    requesterId: { type: 'integer', name: 'requester_id' },
    name: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
  },
});

export interface Series {
  id: number;
  createdAt: string;
}

export const SeriesEntity = new EntitySchema<Series>({
  name: 'PoolSeries',
  tableName: 'pool_series',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** One session with an interpreter (Einsatz): the booking request and what became of it. */
export interface Assignment {
  id: number;
  requesterId: number;
  contactId: number | null;
  seriesId: number | null;
  startLocal: string;
  endLocal: string;
  durationMinutes: number;
  setting: SessionSetting;
  address: string;
  language: string;
  dialect: string;
  topic: Topic;
  sensitivity: Sensitivity;
  genderPreference: GenderPreference;
  clientReference: string;
  status: AssignmentStatus;
  interpreterId: number | null;
  cancelledBy: CancelledBy | null;
  lateCancellation: boolean;
  actualMinutes: number | null;
  travelKm: number | null;
  createdAt: string;
  createdBy: number;
  updatedAt: string;
}

export const AssignmentEntity = new EntitySchema<Assignment>({
  name: 'PoolAssignment',
  tableName: 'pool_assignment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    requesterId: { type: 'integer', name: 'requester_id' },
    contactId: { type: 'integer', name: 'contact_id', nullable: true },
    seriesId: { type: 'integer', name: 'series_id', nullable: true },
    startLocal: { type: 'text', name: 'start_local' },
    endLocal: { type: 'text', name: 'end_local' },
    durationMinutes: { type: 'integer', name: 'duration_minutes' },
    setting: { type: 'text' },
    address: { type: 'text' },
    language: { type: 'text' },
    dialect: { type: 'text' },
    topic: { type: 'text' },
    sensitivity: { type: 'text' },
    genderPreference: { type: 'text', name: 'gender_preference' },
    clientReference: { type: 'text', name: 'client_reference' },
    status: { type: 'text' },
    interpreterId: { type: 'integer', name: 'interpreter_id', nullable: true },
    cancelledBy: { type: 'text', name: 'cancelled_by', nullable: true },
    lateCancellation: { type: 'boolean', name: 'late_cancellation' },
    actualMinutes: { type: 'integer', name: 'actual_minutes', nullable: true },
    travelKm: { type: 'integer', name: 'travel_km', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface AssignmentHistory {
  id: number;
  assignmentId: number;
  at: string;
  userId: number;
  fromStatus: AssignmentStatus | null;
  toStatus: AssignmentStatus;
  interpreterId: number | null;
  cancelledBy: CancelledBy | null;
  note: string;
}

export const AssignmentHistoryEntity = new EntitySchema<AssignmentHistory>({
  name: 'PoolAssignmentHistory',
  tableName: 'pool_assignment_history',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    assignmentId: { type: 'integer', name: 'assignment_id' },
    at: { type: 'text' },
    userId: { type: 'integer', name: 'user_id' },
    fromStatus: { type: 'text', name: 'from_status', nullable: true },
    toStatus: { type: 'text', name: 'to_status' },
    interpreterId: { type: 'integer', name: 'interpreter_id', nullable: true },
    cancelledBy: { type: 'text', name: 'cancelled_by', nullable: true },
    note: { type: 'text' },
  },
});

export interface Feedback {
  assignmentId: number;
  interpreterId: number;
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
  sessionDate: string;
  recordedAt: string;
  recordedBy: number;
}

export const FeedbackEntity = new EntitySchema<Feedback>({
  name: 'PoolFeedback',
  tableName: 'pool_feedback',
  columns: {
    assignmentId: { type: 'integer', primary: true, name: 'assignment_id' },
    interpreterId: { type: 'integer', name: 'interpreter_id' },
    accuracy: { type: 'integer' },
    role: { type: 'integer' },
    punctuality: { type: 'integer' },
    confidentiality: { type: 'integer' },
    overall: { type: 'integer' },
    comment: { type: 'text' },
    emotionalLoad: { type: 'integer', name: 'emotional_load', nullable: true },
    supervisionWish: { type: 'boolean', name: 'supervision_wish' },
    debrief: { type: 'text' },
    clientRating: { type: 'integer', name: 'client_rating', nullable: true },
    clientComment: { type: 'text', name: 'client_comment' },
    sessionDate: { type: 'text', name: 'session_date' },
    recordedAt: { type: 'text', name: 'recorded_at' },
    recordedBy: { type: 'integer', name: 'recorded_by' },
  },
});
