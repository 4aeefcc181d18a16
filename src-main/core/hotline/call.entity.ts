import { EntitySchema } from 'typeorm';
import type { CallStatus, SupportActionKind, Urgency } from '../../contract/hotline';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** One logged call (Anruf) of the hotline. */
export interface HotlineCall extends VersionFields {
  id: number;
  employerId: number;
  takenBy: number;
  status: CallStatus;
  callerName: string;
  callerRole: string;
  employeeRef: string;
  employeeName: string | null;
  employeeContact: string | null;
  topicId: number;
  subtopicId: number | null;
  question: string;
  answer: string;
  answeredInCall: boolean;
  urgency: Urgency;
  routingId: number | null;
  handoverNote: string;
  heardViaId: number | null;
  startedAt: string;
  /** The installation's calendar date of the start, for monthly indicators. */
  startedOn: string;
  endedAt: string;
  outcome: string | null;
  closedAt: string | null;
  createdAt: string;
}

export const HotlineCallEntity = new EntitySchema<HotlineCall>({
  name: 'HotlineCall',
  tableName: 'hotline_call',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    employerId: { type: 'integer', name: 'employer_id' },
    takenBy: { type: 'integer', name: 'taken_by' },
    status: { type: 'text' },
    callerName: { type: 'text', name: 'caller_name' },
    callerRole: { type: 'text', name: 'caller_role' },
    employeeRef: { type: 'text', name: 'employee_ref' },
    employeeName: { type: 'text', name: 'employee_name', nullable: true },
    employeeContact: { type: 'text', name: 'employee_contact', nullable: true },
    topicId: { type: 'integer', name: 'topic_id' },
    subtopicId: { type: 'integer', name: 'subtopic_id', nullable: true },
    question: { type: 'text' },
    answer: { type: 'text' },
    answeredInCall: { type: 'boolean', name: 'answered_in_call' },
    urgency: { type: 'text' },
    routingId: { type: 'integer', name: 'routing_id', nullable: true },
    handoverNote: { type: 'text', name: 'handover_note' },
    heardViaId: { type: 'integer', name: 'heard_via_id', nullable: true },
    startedAt: { type: 'text', name: 'started_at' },
    startedOn: { type: 'text', name: 'started_on' },
    endedAt: { type: 'text', name: 'ended_at' },
    outcome: { type: 'text', nullable: true },
    closedAt: { type: 'text', name: 'closed_at', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

/** Mediation talk, individual contact or crisis intervention by a social worker. */
export interface SupportAction {
  id: number;
  callId: number;
  kind: SupportActionKind;
  date: string;
  durationMinutes: number;
  outcome: string;
  createdAt: string;
  createdBy: number;
}

export const SupportActionEntity = new EntitySchema<SupportAction>({
  name: 'HotlineSupportAction',
  tableName: 'hotline_support_action',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    callId: { type: 'integer', name: 'call_id' },
    kind: { type: 'text' },
    date: { type: 'text' },
    durationMinutes: { type: 'integer', name: 'duration_minutes' },
    outcome: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by' },
  },
});
