import { poolModule } from '../../contract/pool';
import { defineCoreModule } from '../module';
import { AssignmentEntity, AssignmentHistoryEntity, FeedbackEntity, SeriesEntity } from './assignment.entity';
import { seedPoolDemo } from './demo';
import { poolHandlers } from './handlers';
import { requesterRows } from './import-requesters';
import { interpreterRows } from './import-interpreters';
import { InterpreterEntity, InterpreterItemEntity, InterpreterLanguageEntity } from './interpreter.entity';
import { Pool1763900000000 } from './migrations/1763900000000-pool';
import { PoolDoubleBookingGuard1764200000000 } from './migrations/1764200000000-double-booking-guard';
import { PoolRecordVersions1764400000000 } from './migrations/1764400000000-record-versions';
import { poolReport } from './report';
import { ContactEntity, RequesterEntity } from './requester.entity';
import { POOL_SETTINGS } from './settings';

/** The pool module as the core composes it. */
export const poolCoreModule = defineCoreModule({
  contract: poolModule,
  handlers: poolHandlers,
  // Referenced tables before those that reference them.
  entities: [
    InterpreterEntity,
    InterpreterLanguageEntity,
    InterpreterItemEntity,
    RequesterEntity,
    ContactEntity,
    SeriesEntity,
    AssignmentEntity,
    AssignmentHistoryEntity,
    FeedbackEntity,
  ],
  migrations: [Pool1763900000000, PoolDoubleBookingGuard1764200000000, PoolRecordVersions1764400000000],
  seedDemo: seedPoolDemo,
  settings: POOL_SETTINGS,
  auditEntities: ['interpreter', 'poolAssignment', 'poolFeeStatement', 'poolFeedback', 'poolSettings', 'requester'],
  personalData: [
    // Interpreters: the profile names them; what staff write about them may mention them again.
    { table: 'pool_interpreter', subject: 'interpreter', referenceColumns: ['name_latin', 'name_native', 'phone', 'email'], freeTextColumns: ['notes'] },
    { table: 'pool_assignment_history', subject: 'interpreter', referenceColumns: [], freeTextColumns: ['note'] },
    { table: 'pool_feedback', subject: 'interpreter', referenceColumns: [], freeTextColumns: ['comment', 'debrief', 'client_comment'] },
    // Requesters' contact persons; a practice is often named for its doctor.
    { table: 'pool_contact', subject: 'contactPerson', referenceColumns: ['name', 'phone', 'email'], freeTextColumns: [] },
    { table: 'pool_requester', subject: 'contactPerson', referenceColumns: ['name', 'phone'], freeTextColumns: [] },
    // Clients appear only as a pseudonymous reference (initials or a case number): on the
    // assignment, and on an interpreter's conflict-of-interest rows (kind `conflict`, in `text`).
    // Its dates go to the quarter; the end collapses onto the start (the double-booking guard keeps
    // an interpreter's bookings apart, and the length is kept in duration_minutes/actual_minutes).
    {
      table: 'pool_assignment',
      subject: 'client',
      referenceColumns: ['client_reference'],
      freeTextColumns: ['address'],
      auditEntity: 'poolAssignment',
      quarterDates: [{ column: 'start_local', collapse: ['end_local'] }, { column: 'created_at' }, { column: 'updated_at' }],
    },
    { table: 'pool_interpreter_item', subject: 'client', referenceColumns: ['text'], freeTextColumns: [] },
    { table: 'pool_assignment_history', subject: 'client', referenceColumns: [], freeTextColumns: ['note'] },
    { table: 'pool_feedback', subject: 'client', referenceColumns: [], freeTextColumns: ['comment', 'debrief', 'client_comment'] },
    { table: 'pool_interpreter', subject: 'client', referenceColumns: [], freeTextColumns: ['notes'] },
  ],
  restrictable: [{ recordType: 'poolAssignment', table: 'pool_assignment' }],
  retention: [
    // A closed assignment's last change is its closing. Anonymised, not deleted: unmet demand per
    // language, workload and fee totals keep counting it.
    {
      id: 'pool.closedAssignment',
      table: 'pool_assignment',
      startColumn: 'updated_at',
      startWhen: { column: 'status', in: ['done', 'cancelled', 'noShow', 'unmet'] },
      defaultMonths: 36,
      action: 'anonymise',
    },
  ],
  importTargets: [
    { id: 'pool.interpreters', channel: 'pool.interpreterSave', rows: interpreterRows },
    { id: 'pool.requesters', channel: 'pool.requesterSave', rows: requesterRows },
  ],
  indicators: { channels: ['pool.unmetDemand'], report: poolReport },
});
