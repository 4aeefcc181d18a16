import { EntitySchema } from 'typeorm';
import type { CallStatus, OutreachKind, SizeBand, SupportActionKind, TaxonomyKind, Urgency } from '../../contract/hotline';

/** Topic, sub-topic, routing target or outreach channel; seeded with keys, extended by admins. */
export interface TaxonomyRow {
  id: number;
  kind: TaxonomyKind;
  parentId: number | null;
  key: string | null;
  labelDe: string | null;
  labelEn: string | null;
  labelAr: string | null;
  active: boolean;
  sortOrder: number;
}

export const TaxonomyEntity = new EntitySchema<TaxonomyRow>({
  name: 'HotlineTaxonomy',
  tableName: 'hotline_taxonomy',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'text' },
    parentId: { type: 'integer', name: 'parent_id', nullable: true },
    key: { type: 'text', nullable: true },
    labelDe: { type: 'text', name: 'label_de', nullable: true },
    labelEn: { type: 'text', name: 'label_en', nullable: true },
    labelAr: { type: 'text', name: 'label_ar', nullable: true },
    active: { type: 'boolean' },
    sortOrder: { type: 'integer', name: 'sort_order' },
  },
});

/** A company that calls the Arbeitgeberinfo (Arbeitgeber). */
export interface Employer {
  id: number;
  name: string;
  /** Lower-cased name for search-as-you-type. */
  nameSearch: string;
  sector: string;
  sizeBand: SizeBand | null;
  street: string;
  postcode: string;
  city: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const EmployerEntity = new EntitySchema<Employer>({
  name: 'HotlineEmployer',
  tableName: 'hotline_employer',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text' },
    nameSearch: { type: 'text', name: 'name_search' },
    sector: { type: 'text' },
    sizeBand: { type: 'text', name: 'size_band', nullable: true },
    street: { type: 'text' },
    postcode: { type: 'text' },
    city: { type: 'text' },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface EmployerContact {
  id: number;
  employerId: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export const EmployerContactEntity = new EntitySchema<EmployerContact>({
  name: 'HotlineEmployerContact',
  tableName: 'hotline_employer_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    employerId: { type: 'integer', name: 'employer_id' },
    name: { type: 'text' },
    role: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
  },
});

/** One logged call (Anruf) of the hotline. */
export interface HotlineCall {
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
  updatedAt: string;
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
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** A call still being typed; saved continuously so nothing is lost on a crash or auto-lock. */
export interface CallDraft {
  id: number;
  ownerUserId: number;
  startedAt: string;
  updatedAt: string;
  /** JSON of contract `DraftData`. */
  data: string;
}

export const CallDraftEntity = new EntitySchema<CallDraft>({
  name: 'HotlineCallDraft',
  tableName: 'hotline_call_draft',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    ownerUserId: { type: 'integer', name: 'owner_user_id' },
    startedAt: { type: 'text', name: 'started_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    data: { type: 'text' },
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

/** Flyers handed out, events attended: what makes employers call. */
export interface Outreach {
  id: number;
  kind: OutreachKind;
  place: string;
  channelId: number;
  count: number;
  date: string;
  notes: string;
  createdAt: string;
}

export const OutreachEntity = new EntitySchema<Outreach>({
  name: 'HotlineOutreach',
  tableName: 'hotline_outreach',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'text' },
    place: { type: 'text' },
    channelId: { type: 'integer', name: 'channel_id' },
    count: { type: 'integer' },
    date: { type: 'text' },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});
