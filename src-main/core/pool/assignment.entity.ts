import { EntitySchema } from 'typeorm';
import type { AssignmentStatus, CancelledBy, GenderPreference, Sensitivity, SessionSetting, Topic } from '../../contract/pool';

/**
 * The assignment aggregate: sessions (one row each), the weekly series some belong to, each
 * session's status history and its feedback.
 */

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
