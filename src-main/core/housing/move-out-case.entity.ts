import { EntitySchema } from 'typeorm';
import type { ContactRole, DocumentKind, DocumentStatus, WaitingActor } from '../../contract/housing';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/**
 * The move-out case and what belongs to it: its stage history, the requests it waits on, its
 * document checklist and the people involved. All go with the case (ON DELETE CASCADE).
 */

/** A household's way out of the shelter into its own flat (Auszugsfall). */
export interface MoveOutCase {
  id: number;
  householdId: number;
  stage: string;
  /** Where a paused case resumes. */
  pausedFrom: string | null;
  stageReason: string | null;
  stageSince: string;
  plannedMoveOn: string | null;
  movedOutOn: string | null;
  createdAt: string;
  createdBy: number;
}

export const MoveOutCaseEntity = new EntitySchema<MoveOutCase>({
  name: 'HousingMoveOutCase',
  tableName: 'housing_case',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    householdId: { type: 'integer', name: 'household_id' },
    stage: { type: 'text' },
    pausedFrom: { type: 'text', name: 'paused_from', nullable: true },
    stageReason: { type: 'text', name: 'stage_reason', nullable: true },
    stageSince: { type: 'text', name: 'stage_since' },
    plannedMoveOn: { type: 'text', name: 'planned_move_on', nullable: true },
    movedOutOn: { type: 'text', name: 'moved_out_on', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by' },
  },
});

/** One row for every move of a case: from, to, when, who, why. */
export interface StageHistory {
  id: number;
  caseId: number;
  fromStage: string | null;
  toStage: string;
  at: string;
  /** When the case left this stage (the next move's `at`); null while it is still in it. Stored at the move so medians need no window over the whole history. */
  endedAt: string | null;
  /** Whole days from `at` to `endedAt`, stored when the stay ends (null while it runs): the stage medians read it in index order. */
  daysInStage: number | null;
  /** Whole days from `at` to noon (UTC) of the case's move-out day, stored when the case moves out: the forecast's medians read it. */
  daysToMoveOut: number | null;
  userId: number;
  reason: string | null;
}

export const StageHistoryEntity = new EntitySchema<StageHistory>({
  name: 'HousingStageHistory',
  tableName: 'housing_stage_history',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    fromStage: { type: 'text', name: 'from_stage', nullable: true },
    toStage: { type: 'text', name: 'to_stage' },
    at: { type: 'text' },
    endedAt: { type: 'text', name: 'ended_at', nullable: true },
    daysInStage: { type: 'integer', name: 'days_in_stage', nullable: true },
    daysToMoveOut: { type: 'integer', name: 'days_to_move_out', nullable: true },
    userId: { type: 'integer', name: 'user_id' },
    reason: { type: 'text', nullable: true },
  },
});

/** A request to someone outside (rent approval, documents, a landlord's answer): their clock runs until answered. */
export interface WaitingPeriod {
  id: number;
  caseId: number;
  actor: WaitingActor;
  what: string;
  requestedAt: string;
  answeredAt: string | null;
  createdBy: number;
}

export const WaitingPeriodEntity = new EntitySchema<WaitingPeriod>({
  name: 'HousingWaitingPeriod',
  tableName: 'housing_waiting_period',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    actor: { type: 'text' },
    what: { type: 'text' },
    requestedAt: { type: 'text', name: 'requested_at' },
    answeredAt: { type: 'text', name: 'answered_at', nullable: true },
    createdBy: { type: 'integer', name: 'created_by' },
  },
});

/** One item of a case's document checklist (WBS, rent approval …). */
export interface CaseDocument {
  id: number;
  caseId: number;
  kind: DocumentKind;
  customLabel: string | null;
  status: DocumentStatus;
  statusOn: string | null;
  expiresOn: string | null;
}

export const CaseDocumentEntity = new EntitySchema<CaseDocument>({
  name: 'HousingCaseDocument',
  tableName: 'housing_case_document',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    kind: { type: 'text' },
    customLabel: { type: 'text', name: 'custom_label', nullable: true },
    status: { type: 'text' },
    statusOn: { type: 'text', name: 'status_on', nullable: true },
    expiresOn: { type: 'text', name: 'expires_on', nullable: true },
  },
});

/** Landlord, benefits-agency contact, volunteer helper: people involved in one case. */
export interface CaseContact extends VersionFields {
  id: number;
  caseId: number;
  role: ContactRole;
  name: string;
  phone: string;
  email: string;
}

export const CaseContactEntity = new EntitySchema<CaseContact>({
  name: 'HousingCaseContact',
  tableName: 'housing_case_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    role: { type: 'text' },
    name: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    ...VERSION_COLUMNS,
  },
});
