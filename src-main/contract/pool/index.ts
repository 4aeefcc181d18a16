import { z } from 'zod';
import { channel, type Access } from '../channel';
import { empty, id } from '../fields';
import type { FileDownload } from '../files';
import { listExportInput } from '../list-export';
import { defineModuleContract } from '../module-contract';
import {
  assignmentsFilter,
  bookingInput,
  calendarWeekInput,
  cancelInput,
  completeInput,
  feeWorkbookInput,
  feedbackInput,
  interpreterInput,
  interpreterMonth,
  feeCsvInput,
  interpretersFilter,
  poolSettingsInput,
  proposeInput,
  requesterInput,
  requestersFilter,
  unmetInput,
  type AssignmentDetail,
  type AssignmentSummary,
  type FeeStatement,
  type InterpreterDetail,
  type InterpreterHours,
  type InterpreterSummary,
  type ListPage,
  type MatchView,
  type PoolSettingsView,
  type QualityRow,
  type RequesterView,
  type UnmetDemandRow,
} from './schemas';
import { MISSING_FEEDBACK_TASK, RESTAFF_TASK } from './values';

export * from './schemas';
export * from './values';

/** Sprachmittlerpool: only coordinators, and only where the installation runs the pool. */
const COORDINATOR: Access = { kind: 'signedIn', roles: ['coordinator'] };
const COORDINATOR_OR_ADMIN: Access = { kind: 'signedIn', roles: ['coordinator', 'admin'] };

const byId = z.strictObject({ id });

/** The columns of the interpreter and assignment lists, in screen order (their exports name them). */
export const INTERPRETER_LIST_COLUMNS = ['name', 'nameNative', 'languages', 'focusPools', 'status', 'lastSupervision'] as const;
export const ASSIGNMENT_LIST_COLUMNS = ['start', 'language', 'topic', 'requester', 'interpreter', 'status'] as const;

export const poolChannels = {
  'pool.interpretersList': channel<ListPage<InterpreterSummary>>()({ input: interpretersFilter, access: COORDINATOR, kind: 'read' }),
  'pool.interpreterGet': channel<InterpreterDetail>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.interpreterHours': channel<InterpreterHours>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.interpreterSave': channel<InterpreterDetail>()({ input: interpreterInput, access: COORDINATOR, kind: 'write' }),

  /** The list with its filter, every page, as XLSX or German CSV (audited as an export). */
  'pool.interpretersExport': channel<FileDownload>()({ input: listExportInput(interpretersFilter, INTERPRETER_LIST_COLUMNS), access: COORDINATOR, kind: 'read' }),
  'pool.requestersList': channel<ListPage<RequesterView>>()({ input: requestersFilter, access: COORDINATOR, kind: 'read' }),
  'pool.requesterSave': channel<RequesterView>()({ input: requesterInput, access: COORDINATOR, kind: 'write' }),

  /** Creates one assignment per session (a weekly series shares a series id); returns their ids. */
  'pool.bookingCreate': channel<{ ids: number[]; seriesId: number | null }>()({ input: bookingInput, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentsList': channel<{ rows: AssignmentSummary[]; total: number }>()({ input: assignmentsFilter, access: COORDINATOR, kind: 'read' }),
  'pool.assignmentsExport': channel<FileDownload>()({ input: listExportInput(assignmentsFilter, ASSIGNMENT_LIST_COLUMNS), access: COORDINATOR, kind: 'read' }),
  'pool.assignmentGet': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.matchProposals': channel<MatchView>()({ input: byId, access: COORDINATOR, kind: 'read' }),
  'pool.assignmentPropose': channel<AssignmentDetail>()({ input: proposeInput, access: COORDINATOR, kind: 'write' }),
  /** Checks eligibility and overlap (with travel buffer) inside the confirming transaction. */
  'pool.assignmentConfirm': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentComplete': channel<AssignmentDetail>()({ input: completeInput, access: COORDINATOR, kind: 'write' }),
  /** An interpreter's cancellation sends the request back to matching; others end it. */
  'pool.assignmentCancel': channel<AssignmentDetail>()({ input: cancelInput, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentNoShow': channel<AssignmentDetail>()({ input: byId, access: COORDINATOR, kind: 'write' }),
  'pool.assignmentUnmet': channel<AssignmentDetail>()({ input: unmetInput, access: COORDINATOR, kind: 'write' }),
  'pool.feedbackSave': channel<AssignmentDetail>()({ input: feedbackInput, access: COORDINATOR, kind: 'write' }),
  'pool.missingFeedback': channel<ListPage<AssignmentSummary>>()({ input: empty, access: COORDINATOR, kind: 'read' }),
  'pool.quality': channel<QualityRow[]>()({ input: empty, access: COORDINATOR, kind: 'read' }),
  'pool.feeStatement': channel<FeeStatement>()({ input: interpreterMonth, access: COORDINATOR, kind: 'read' }),
  /** CSV as German Excel opens it: `;`, decimal comma, dd.MM.yyyy, UTF-8 with BOM, CRLF, the user's words. */
  'pool.feeStatementExport': channel<FileDownload>()({ input: feeCsvInput, access: COORDINATOR, kind: 'read' }),
  /** XLSX with one sheet per statement: one interpreter, or (null) everyone paid that month. */
  'pool.feeStatementXlsx': channel<FileDownload>()({ input: feeWorkbookInput, access: COORDINATOR, kind: 'read' }),
  'pool.calendarExport': channel<FileDownload>()({ input: z.strictObject({ interpreterId: id }), access: COORDINATOR, kind: 'read' }),
  'pool.calendarWeek': channel<ListPage<AssignmentSummary>>()({ input: calendarWeekInput, access: COORDINATOR, kind: 'read' }),
  /** The start page: today's and tomorrow's assignments of the pool (Rheine dates, from the core's clock). */
  'pool.upcoming': channel<{ today: string; tomorrow: string; rows: AssignmentSummary[]; total: number }>()({ input: empty, access: COORDINATOR, kind: 'read' }),
  /** Requests that could not be served, counted per language (an indicator: no names). */
  'pool.unmetDemand': channel<UnmetDemandRow[]>()({ input: empty, access: COORDINATOR, kind: 'read' }),
  // The pool's rules: coordinators run them, admins see them under Administration.
  'pool.settingsGet': channel<PoolSettingsView>()({ input: empty, access: COORDINATOR_OR_ADMIN, kind: 'read' }),
  'pool.settingsSave': channel<PoolSettingsView>()({ input: poolSettingsInput, access: COORDINATOR_OR_ADMIN, kind: 'write' }),
} as const;

/** The Sprachmittlerpool in the contract: served by coordinators. */
export const poolModule = defineModuleContract({
  id: 'pool',
  roles: ['coordinator'],
  channels: poolChannels,
  taskKinds: [MISSING_FEEDBACK_TASK, RESTAFF_TASK],
});
