import type { EntityManager } from 'typeorm';
import {
  NAMED_CASE_PURPOSE,
  PAGE_SIZE,
  type CallInput,
  type CallStatus,
  type CallSummary,
  type CallView,
  type FollowUpInput,
  type FollowUpKind,
  type Paged,
  type SupportActionKind,
} from '../../contract/hotline';
import { activeConsent, consentOf, withdrawConsent } from '../consent/consent-service';
import { recordErasureInLedger } from '../privacy/erasure';
import { eraseNamedCase, NAMED_CASE_SCOPE } from './named-case-erasure';
import { AppError } from '../errors';
import { cancelOpenTasks, createTask, tasksForSubject, toTaskViews } from '../tasks/tasks-service';
import { fromLocalDateTime, toLocalDate } from '../time/local-time';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { indexable, rowsContaining, trigramPhrase } from '../db/text-search';
import { claimVersion } from '../db/versioned';
import { TaskEntity } from '../tasks/task.entity';
import { displayNames } from '../users/display-names';
import { CallDraftEntity } from './call-draft.entity';
import { HotlineCallEntity, SupportActionEntity, type HotlineCall } from './call.entity';
import { EmployerEntity } from './employer.entity';
import { ownDraft } from './drafts-service';
import { CALLER_NAME_INDEX, EMPLOYER_NAME_INDEX } from './search-indexes';
import { getEmployer } from './employers-service';
import { expectHotlineUser } from './staff-service';
import { expectEntry } from './taxonomy-service';
import { countWithoutRestricted, withoutRestricted } from '../privacy/restriction';

const calls = (db: EntityManager) => db.getRepository(HotlineCallEntity);
const actions = (db: EntityManager) => db.getRepository(SupportActionEntity);

/** How the core's task list and consent records name a call. */
export const CALL_SUBJECT_TYPE = 'hotlineCall';
export const callSubject = (id: number) => ({ type: CALL_SUBJECT_TYPE, id });
export const consentSubject = (id: number) => ({ module: 'hotline' as const, type: CALL_SUBJECT_TYPE, id });

export async function getCall(db: EntityManager, id: number): Promise<HotlineCall> {
  const call = await calls(db).findOneBy({ id });
  if (!call) throw new AppError('NOT_FOUND');
  return call;
}

async function checkReferences(db: EntityManager, input: CallInput): Promise<void> {
  await getEmployer(db, input.employerId);
  await expectEntry(db, input.topicId, 'topic');
  if (input.subtopicId !== null) {
    const sub = await expectEntry(db, input.subtopicId, 'subtopic');
    if (sub.parentId !== input.topicId) throw new AppError('INVALID_INPUT', 'sub-topic of another topic');
  }
  if (input.routingId !== null) await expectEntry(db, input.routingId, 'routing');
  if (input.heardViaId !== null) await expectEntry(db, input.heardViaId, 'channel');
}

/** A follow-up is a task of the core's one list; without a time it is due by the end of that day. */
export async function addFollowUp(db: EntityManager, call: HotlineCall, input: FollowUpInput, actorId: number, now: Date): Promise<number> {
  if (call.status === 'closed') throw new AppError('INVALID_TRANSITION', 'call is closed');
  const ownerUserId = input.ownerUserId ?? actorId;
  if (input.kind === 'handover' && ownerUserId === actorId) {
    throw new AppError('INVALID_INPUT', 'hand-over to oneself', { issues: [{ path: 'followUp.ownerUserId', message: 'hotline:validation.handoverColleague' }] });
  }
  await expectHotlineUser(db, ownerUserId);
  const employer = await getEmployer(db, call.employerId);
  const task = await createTask(
    db,
    {
      module: 'hotline',
      kind: `hotline.${input.kind}`,
      // Employer and call number only: no employee, no topic (it may be special-category data).
      title: `${employer.name} (#${call.id})`,
      subject: callSubject(call.id),
      ownerUserId,
      dueAt: fromLocalDateTime(`${input.dueOn}T${input.dueTime ?? '23:59'}`),
    },
    actorId,
    now,
  );
  return task.id;
}

/** The end of a call: the draft becomes a logged call, with its follow-up if one was planned. */
export async function logCall(
  db: EntityManager,
  input: { draftId: number | null; call: CallInput; followUp: FollowUpInput | null },
  actorId: number,
  now: Date,
): Promise<HotlineCall> {
  await checkReferences(db, input.call);
  let startedAt = now.toISOString();
  if (input.draftId !== null) {
    const draft = await ownDraft(db, input.draftId, actorId);
    startedAt = draft.startedAt;
    await db.getRepository(CallDraftEntity).delete({ id: draft.id });
  }
  const iso = now.toISOString();
  const call = await calls(db).save({
    ...input.call,
    takenBy: actorId,
    status: 'open' as CallStatus,
    employeeName: null,
    employeeContact: null,
    startedAt,
    startedOn: toLocalDate(new Date(startedAt)),
    endedAt: iso,
    outcome: null,
    closedAt: null,
    createdAt: iso,
    updatedAt: iso,
    version: 1,
    updatedBy: actorId,
  });
  if (input.followUp) await addFollowUp(db, call, input.followUp, actorId, now);
  return call;
}

/**
 * Closing needs an outcome; open follow-ups of a closed call are cancelled with it. The call must
 * still be at the version the closer loaded: a colleague who closed it (or named the employee)
 * meanwhile is named (CONFLICT), their outcome kept.
 */
export async function closeCall(db: EntityManager, id: number, version: number, outcome: string, actorId: number, now: Date): Promise<void> {
  if (outcome.trim() === '') throw new AppError('OUTCOME_REQUIRED');
  await claimVersion(db, HotlineCallEntity, { id }, version, actorId, now);
  const call = await getCall(db, id);
  if (call.status === 'closed') throw new AppError('INVALID_TRANSITION', 'call is already closed');
  await calls(db).update({ id }, { status: 'closed', outcome, closedAt: now.toISOString(), updatedAt: now.toISOString() });
  await cancelOpenTasks(db, callSubject(id));
}

export async function addSupportAction(
  db: EntityManager,
  callId: number,
  input: { kind: SupportActionKind; date: string; durationMinutes: number; outcome: string },
  actorId: number,
  now: Date,
): Promise<number> {
  await getCall(db, callId);
  return (await actions(db).save({ ...input, callId, createdAt: now.toISOString(), createdBy: actorId })).id;
}

/**
 * Anonymous by default: the employee's name goes in only with consent in force, and only over
 * the call as it was loaded (a colleague's name or contact typed in between is not overwritten).
 */
export async function makeNamedCase(
  db: EntityManager,
  callId: number,
  version: number,
  employee: { name: string; contact: string },
  actorId: number,
  now: Date,
): Promise<void> {
  await getCall(db, callId);
  if (!(await activeConsent(db, consentSubject(callId), NAMED_CASE_PURPOSE))) throw new AppError('CONSENT_REQUIRED');
  await claimVersion(db, HotlineCallEntity, { id: callId }, version, actorId, now);
  const [employeeName, employeeContact] = [employee.name, employee.contact];
  await calls(db).update({ id: callId }, { employeeName, employeeContact, updatedAt: now.toISOString() });
}

/**
 * Withdrawn consent to a named case: what the purpose covered goes with it (Art. 7(3), 17(1)(b)
 * GDPR) — the name and contact, and the name where staff wrote it into the call's texts. The
 * anonymous call and its statistics stay.
 */
export async function withdrawNamedCaseConsent(db: EntityManager, callId: number, consentId: number, withdrawnOn: string, actorId: number, now: Date): Promise<void> {
  await getCall(db, callId);
  const consent = await consentOf(db, consentId);
  if (!consent || consent.subjectType !== CALL_SUBJECT_TYPE || consent.subjectId !== callId || consent.purpose !== NAMED_CASE_PURPOSE) throw new AppError('NOT_FOUND');
  await withdrawConsent(db, consentId, withdrawnOn, actorId);
  await eraseNamedCase(db, callId, now);
  // In the ledger, so a restore of a backup from before the withdrawal erases the name again.
  await recordErasureInLedger(db, { module: 'hotline', scope: NAMED_CASE_SCOPE, recordId: callId, reason: 'consentWithdrawn', actorId, now });
}

export async function callView(db: EntityManager, id: number, now: Date): Promise<CallView> {
  const c = await getCall(db, id);
  const employer = await getEmployer(db, c.employerId);
  const names = await displayNames(db, [c.takenBy]);
  const tasks = await toTaskViews(db, await tasksForSubject(db, callSubject(id)), now);
  const support = await actions(db).find({ where: { callId: id }, order: { date: 'ASC', id: 'ASC' } });
  return {
    id: c.id,
    version: c.version,
    employerId: c.employerId,
    employerName: employer.name,
    callerName: c.callerName,
    callerRole: c.callerRole,
    employeeRef: c.employeeRef,
    topicId: c.topicId,
    subtopicId: c.subtopicId,
    question: c.question,
    answer: c.answer,
    answeredInCall: c.answeredInCall,
    urgency: c.urgency,
    routingId: c.routingId,
    handoverNote: c.handoverNote,
    heardViaId: c.heardViaId,
    status: c.status,
    startedAt: c.startedAt,
    endedAt: c.endedAt,
    outcome: c.outcome,
    closedAt: c.closedAt,
    takenByName: names.get(c.takenBy) ?? null,
    employeeName: c.employeeName,
    employeeContact: c.employeeContact,
    namedCase: c.employeeName !== null,
    followUps: tasks.map((t) => ({
      taskId: t.id,
      kind: t.kind.slice('hotline.'.length) as FollowUpKind,
      dueAt: t.dueAt,
      ownerName: t.ownerName,
      status: t.status,
      overdue: t.overdue,
      completedAt: t.completedAt,
      outcome: t.outcome,
    })),
    supportActions: support.map((a) => ({ id: a.id, kind: a.kind, date: a.date, durationMinutes: a.durationMinutes, outcome: a.outcome })),
  };
}

/** The call list and an employer's call history: filtered, counted and paged in SQL. */
export async function listCalls(
  db: EntityManager,
  filter: { status: 'all' | CallStatus; employerId: number | null; query: string; page: number },
): Promise<Paged<CallSummary>> {
  // Filtered and counted on the calls alone; the employer's name is joined for the one page shown.
  // A name search looks the matching employers up once (a subquery), not once per call.
  const found = calls(db).createQueryBuilder('c');
  if (filter.status !== 'all') found.andWhere('c.status = :status', { status: filter.status });
  if (filter.employerId !== null) found.andWhere('c.employerId = :employerId', { employerId: filter.employerId });
  if (filter.query) {
    const term = filter.query.toLocaleLowerCase('de');
    // LIKE decides; for three characters or more the trigram indexes first narrow it to the calls
    // and employers whose names may contain the term, so no keystroke reads every call.
    const narrowed = indexable(term);
    const named = found.subQuery().select('e2.id').from(EmployerEntity, 'e2').where(`e2.nameSearch LIKE :q ${LIKE_ESCAPE}`);
    if (narrowed) named.andWhere(`e2.id IN (${rowsContaining(EMPLOYER_NAME_INDEX, 'phrase')})`);
    const callerMatches = `c.callerName LIKE :q ${LIKE_ESCAPE}`;
    found.andWhere(
      narrowed
        ? `((c.id IN (${rowsContaining(CALLER_NAME_INDEX, 'phrase')}) AND ${callerMatches}) OR c.employerId IN ${named.getQuery()})`
        : `(${callerMatches} OR c.employerId IN ${named.getQuery()})`,
      { q: containsPattern(term), ...(narrowed ? { phrase: trigramPhrase(term) } : {}) },
    );
  }
  // Restricted calls (SDM M62) are kept but neither listed nor found; the indicators still count them.
  const total = await countWithoutRestricted(found, 'c', 'hotlineCall');
  withoutRestricted(found, 'c', 'hotlineCall');
  found.innerJoin(EmployerEntity.options.name, 'e', 'e.id = c.employerId');
  const rows = await found
    .select('c.id', 'id')
    .addSelect('c.employerId', 'employerId')
    .addSelect('e.name', 'employerName')
    .addSelect('c.callerName', 'callerName')
    .addSelect('c.topicId', 'topicId')
    .addSelect('c.routingId', 'routingId')
    .addSelect('c.urgency', 'urgency')
    .addSelect('c.status', 'status')
    .addSelect('c.answeredInCall', 'answeredInCall')
    .addSelect('c.startedAt', 'startedAt')
    .addSelect(
      (qb) =>
        qb
          .subQuery()
          .select('COUNT(*)')
          .from(TaskEntity, 't')
          .where('t.subjectType = :subjectType AND t.subjectId = c.id AND t.status = :open', { subjectType: CALL_SUBJECT_TYPE, open: 'open' }),
      'openFollowUps',
    )
    .orderBy('c.startedAt', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .limit(PAGE_SIZE)
    .offset((filter.page - 1) * PAGE_SIZE)
    .getRawMany<Omit<CallSummary, 'answeredInCall'> & { answeredInCall: number | boolean }>();
  return {
    items: rows.map((r) => ({ ...r, answeredInCall: Boolean(r.answeredInCall), openFollowUps: Number(r.openFollowUps) })),
    total,
    page: filter.page,
    pageSize: PAGE_SIZE,
  };
}
