import { addHours, format, parseISO, addMonths } from 'date-fns';
import type { EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../contract';
import { MISSING_FEEDBACK_TASK, RESTAFF_TASK, type AssignmentStatus, type AssignmentSummary, type CancelledBy, type PoolSettings } from '../../contract/pool';
import { AppError } from '../errors';
import { completeTask, createTask, tasksForSubject } from '../tasks/tasks-service';
import { addLocalDays, fromLocalDateTime, toLocalDate, toLocalDateTime } from '../time/local-time';
import type { User } from '../users/user.entity';
import { AssignmentEntity, AssignmentHistoryEntity, FeedbackEntity, SeriesEntity, type Assignment } from './assignment.entity';
import { lastEventOn, matchableProfiles, countNotSpeaking, type InterpreterProfile } from './interpreters-service';
import { localEnd, minutesBetween } from './local-minutes';
import { summariesOf } from './assignment-views';
import { matchInterpreters, type BookedSlot, type MatchCandidate, type MatchRequest, type MatchResult } from './matching';
import { ContactEntity, RequesterEntity } from './requester.entity';
import { countWithoutRestricted, withoutRestricted } from '../privacy/restriction';

const assignments = (db: EntityManager) => db.getRepository(AssignmentEntity);

/** Statuses that occupy an interpreter's time. */
const OCCUPYING: AssignmentStatus[] = ['confirmed', 'done'];

export async function getAssignment(db: EntityManager, id: number): Promise<Assignment> {
  const a = await assignments(db).findOneBy({ id });
  if (!a) throw new AppError('NOT_FOUND');
  return a;
}

async function record(
  db: EntityManager,
  a: Assignment,
  to: AssignmentStatus,
  actor: User,
  now: Date,
  extra: { interpreterId?: number | null; cancelledBy?: CancelledBy | null; note?: string } = {},
): Promise<void> {
  await db.getRepository(AssignmentHistoryEntity).insert({
    assignmentId: a.id,
    at: now.toISOString(),
    userId: actor.id,
    fromStatus: a.status,
    toStatus: to,
    interpreterId: extra.interpreterId ?? a.interpreterId,
    cancelledBy: extra.cancelledBy ?? null,
    note: extra.note ?? '',
  });
}

/** One page of the assignment list, filtered in SQL, by start time. */
export async function listAssignments(db: EntityManager, filter: ParsedInputOf<'pool.assignmentsList'>): Promise<[AssignmentSummary[], number]> {
  const q = assignments(db).createQueryBuilder('a');
  if (filter.status) q.andWhere('a.status = :status', { status: filter.status });
  if (filter.from) q.andWhere('a.startLocal >= :from', { from: filter.from });
  if (filter.to) q.andWhere('a.startLocal < :to', { to: addLocalDays(filter.to, 1) });
  if (filter.interpreterId !== null) q.andWhere('a.interpreterId = :iid', { iid: filter.interpreterId });
  // Restricted assignments (SDM M62) are kept but not listed; reports still count them.
  const total = await countWithoutRestricted(q, 'a', 'poolAssignment');
  const rows = await summariesOf(withoutRestricted(q, 'a', 'poolAssignment').orderBy('a.startLocal', 'ASC').addOrderBy('a.id', 'ASC').offset(filter.offset).limit(filter.limit));
  return [rows, total];
}

function requireStatus(a: Assignment, allowed: AssignmentStatus[]): void {
  if (!allowed.includes(a.status)) throw new AppError('INVALID_TRANSITION', `${a.status} cannot change this way`);
}

/** A booking request: one assignment per session; a weekly series shares a series id. */
export async function createBooking(
  db: EntityManager,
  input: ParsedInputOf<'pool.bookingCreate'>,
  actor: User,
  now: Date,
): Promise<{ ids: number[]; seriesId: number | null }> {
  if (!(await db.getRepository(RequesterEntity).existsBy({ id: input.requesterId }))) throw new AppError('NOT_FOUND', 'requester');
  if (input.contactId !== null && !(await db.getRepository(ContactEntity).existsBy({ id: input.contactId, requesterId: input.requesterId }))) {
    throw new AppError('NOT_FOUND', 'contact');
  }
  const seriesId = input.weeklyCount > 1 ? (await db.getRepository(SeriesEntity).save({ createdAt: now.toISOString() })).id : null;
  const ids: number[] = [];
  const date = input.start.slice(0, 10);
  const time = input.start.slice(11);
  for (let week = 0; week < input.weeklyCount; week++) {
    const start = `${addLocalDays(date, week * 7)}T${time}`;
    const row = await assignments(db).save({
      requesterId: input.requesterId,
      contactId: input.contactId,
      seriesId,
      startLocal: start,
      endLocal: localEnd(start, input.durationMinutes),
      durationMinutes: input.durationMinutes,
      setting: input.setting,
      address: input.setting === 'onSite' ? input.address : '',
      language: input.language,
      dialect: input.dialect,
      topic: input.topic,
      sensitivity: input.sensitivity,
      genderPreference: input.genderPreference,
      clientReference: input.clientReference,
      status: 'requested',
      interpreterId: null,
      cancelledBy: null,
      lateCancellation: false,
      actualMinutes: null,
      travelKm: null,
      createdAt: now.toISOString(),
      createdBy: actor.id,
      updatedAt: now.toISOString(),
    });
    await db.getRepository(AssignmentHistoryEntity).insert({
      assignmentId: row.id,
      at: now.toISOString(),
      userId: actor.id,
      fromStatus: null,
      toStatus: 'requested',
      interpreterId: null,
      cancelledBy: null,
      note: '',
    });
    ids.push(row.id);
  }
  return { ids, seriesId };
}

function monthRange(local: string): { from: string; to: string } {
  const first = `${local.slice(0, 7)}-01`;
  return { from: first, to: format(addMonths(parseISO(first), 1), 'yyyy-MM-dd') };
}

/** Booked minutes per interpreter in the month of `local` (confirmed or done): fair rotation. */
export async function bookedMinutesInMonth(db: EntityManager, local: string, interpreterIds: number[]): Promise<Map<number, number>> {
  if (interpreterIds.length === 0) return new Map();
  const { from, to } = monthRange(local);
  const rows = await assignments(db)
    .createQueryBuilder('a')
    .select('a.interpreterId', 'interpreterId')
    .addSelect('SUM(a.durationMinutes)', 'minutes')
    .where('a.interpreterId IN (:...ids)', { ids: interpreterIds })
    .andWhere('a.status IN (:...occupying)', { occupying: OCCUPYING })
    .andWhere('a.startLocal >= :from AND a.startLocal < :to', { from, to })
    .groupBy('a.interpreterId')
    .getRawMany<{ interpreterId: number; minutes: number }>();
  return new Map(rows.map((r) => [Number(r.interpreterId), Number(r.minutes)]));
}

/** Sessions that could collide with one starting at `startLocal` (sessions last at most 10 h). */
async function bookedAround(db: EntityManager, startLocal: string, interpreterIds: number[]): Promise<BookedSlot[]> {
  if (interpreterIds.length === 0) return [];
  const day = startLocal.slice(0, 10);
  const rows = await assignments(db)
    .createQueryBuilder('a')
    .select(['a.id', 'a.interpreterId', 'a.startLocal', 'a.endLocal', 'a.setting'])
    .where('a.interpreterId IN (:...ids)', { ids: interpreterIds })
    .andWhere('a.status IN (:...occupying)', { occupying: OCCUPYING })
    .andWhere('a.startLocal >= :from AND a.startLocal < :to', { from: addLocalDays(day, -1), to: addLocalDays(day, 2) })
    .getMany();
  return rows.map((r) => ({ assignmentId: r.id, interpreterId: r.interpreterId!, startLocal: r.startLocal, endLocal: r.endLocal, setting: r.setting }));
}

export function toCandidate(p: InterpreterProfile, bookedMinutes: number): MatchCandidate {
  return {
    id: p.interpreter.id,
    status: p.interpreter.status,
    gender: p.interpreter.gender,
    focusPools: p.interpreter.focusPools,
    languages: p.languages.map((l) => ({ language: l.language, dialect: l.dialect, level: l.level })),
    availability: p.items
      .filter((i) => i.kind === 'availability')
      .map((i) => {
        const [from = '00:00', to = '24:00'] = i.text.split('-');
        return { weekday: i.weekday ?? 0, from, to };
      }),
    absences: p.items.filter((i) => i.kind === 'absence').map((i) => ({ from: i.dateFrom ?? '', to: i.dateTo ?? '' })),
    lastSupervisionOn: lastEventOn(p, 'supervision'),
    lastTrainingOn: lastEventOn(p, 'training'),
    conflicts: p.items.filter((i) => i.kind === 'conflict').map((i) => ({ requesterId: i.requesterId, clientReference: i.text })),
    bookedMinutesThisMonth: bookedMinutes,
  };
}

export function toMatchRequest(a: Assignment): MatchRequest {
  return {
    id: a.id,
    startLocal: a.startLocal,
    durationMinutes: a.durationMinutes,
    setting: a.setting,
    language: a.language,
    dialect: a.dialect,
    topic: a.topic,
    sensitivity: a.sensitivity,
    genderPreference: a.genderPreference,
    requesterId: a.requesterId,
    clientReference: a.clientReference,
  };
}

/** Interpreters who cancelled this session themselves (its history says so). */
async function interpretersWhoGaveBack(db: EntityManager, assignmentId: number): Promise<number[]> {
  const rows = await db
    .getRepository(AssignmentHistoryEntity)
    .createQueryBuilder('h')
    .select('DISTINCT h.interpreterId', 'interpreterId')
    .where('h.assignmentId = :assignmentId AND h.cancelledBy = :by AND h.interpreterId IS NOT NULL', { assignmentId, by: 'interpreter' })
    .getRawMany<{ interpreterId: number }>();
  return rows.map((r) => Number(r.interpreterId));
}

/**
 * Loads what matching needs from the database and runs it: over those who speak the language
 * (or the one interpreter `only` names); the others are counted, not explained one by one.
 */
export async function matchFor(
  db: EntityManager,
  a: Assignment,
  settings: PoolSettings,
  now: Date,
  only?: number,
): Promise<MatchResult & { notSpeaking: number }> {
  const profiles = await matchableProfiles(db, only === undefined ? { language: a.language } : { id: only });
  const notSpeaking = only === undefined ? await countNotSpeaking(db, a.language) : 0;
  const ids = profiles.map((p) => p.interpreter.id);
  const minutes = await bookedMinutesInMonth(db, a.startLocal, ids);
  const candidates = profiles.map((p) => toCandidate(p, minutes.get(p.interpreter.id) ?? 0));
  const request = { ...toMatchRequest(a), cancelledByInterpreters: await interpretersWhoGaveBack(db, a.id) };
  return { ...matchInterpreters(request, candidates, await bookedAround(db, a.startLocal, ids), settings, toLocalDate(now)), notSpeaking };
}

/** Overlap is a double booking; any other failed rule means the interpreter is not eligible. */
async function assertEligible(db: EntityManager, a: Assignment, interpreterId: number, settings: PoolSettings, now: Date): Promise<void> {
  const result = await matchFor(db, a, settings, now, interpreterId);
  if (result.proposals.length > 0) return;
  const rejection = result.rejected[0];
  if (!rejection) throw new AppError('NOT_FOUND', 'interpreter');
  if (rejection.whyNot.includes('overlap')) throw new AppError('DOUBLE_BOOKING');
  throw new AppError('NOT_ELIGIBLE', rejection.whyNot.join(','));
}

export async function propose(db: EntityManager, id: number, interpreterId: number, actor: User, settings: PoolSettings, now: Date): Promise<void> {
  const a = await getAssignment(db, id);
  requireStatus(a, ['requested', 'proposed']);
  await assertEligible(db, a, interpreterId, settings, now);
  await record(db, a, 'proposed', actor, now, { interpreterId });
  await assignments(db).update({ id }, { status: 'proposed', interpreterId, updatedAt: now.toISOString() });
}

/**
 * Confirms the proposed interpreter. The overlap check runs in this call's write transaction and
 * writes are queued one at a time, so two racing confirmations cannot both pass it.
 */
export async function confirm(db: EntityManager, id: number, actor: User, settings: PoolSettings, now: Date): Promise<void> {
  const a = await getAssignment(db, id);
  requireStatus(a, ['proposed']);
  await assertEligible(db, a, a.interpreterId!, settings, now);
  await record(db, a, 'confirmed', actor, now);
  await assignments(db).update({ id }, { status: 'confirmed', updatedAt: now.toISOString() });
  await closeTasksOf(db, id, RESTAFF_TASK, actor, now);
}

export async function complete(
  db: EntityManager,
  input: ParsedInputOf<'pool.assignmentComplete'>,
  actor: User,
  now: Date,
): Promise<void> {
  const a = await getAssignment(db, input.id);
  requireStatus(a, ['confirmed']);
  if (a.startLocal > toLocalDateTime(now)) throw new AppError('INVALID_TRANSITION', 'session has not started');
  await record(db, a, 'done', actor, now);
  await assignments(db).update(
    { id: a.id },
    { status: 'done', actualMinutes: input.actualMinutes, travelKm: a.setting === 'onSite' ? input.travelKm : null, updatedAt: now.toISOString() },
  );
  // "A feedback system on every single assignment": remind until it is logged.
  await createTask(
    db,
    {
      module: 'pool',
      kind: MISSING_FEEDBACK_TASK,
      title: `#${a.id} ${a.startLocal.slice(0, 10)} (${a.language})`,
      subject: { type: 'poolAssignment', id: a.id },
      ownerUserId: null,
      dueAt: addHours(now, 72),
    },
    actor.id,
    now,
  );
}

/**
 * Requester or coordinator: the session is cancelled, late if within the configured hours before
 * a confirmed start. Interpreter: the request goes back to matching, the reason kept in history.
 */
export async function cancel(
  db: EntityManager,
  input: ParsedInputOf<'pool.assignmentCancel'>,
  actor: User,
  settings: PoolSettings,
  now: Date,
): Promise<void> {
  const a = await getAssignment(db, input.id);
  requireStatus(a, ['requested', 'proposed', 'confirmed']);
  if (input.by === 'interpreter') {
    if (a.interpreterId === null) throw new AppError('INVALID_TRANSITION', 'no interpreter to cancel');
    await record(db, a, 'requested', actor, now, { cancelledBy: 'interpreter', note: input.reason });
    await assignments(db).update({ id: a.id }, { status: 'requested', interpreterId: null, updatedAt: now.toISOString() });
    // The session still needs someone: the coordinators are told, until it is staffed or ends.
    await createTask(
      db,
      {
        module: 'pool',
        kind: RESTAFF_TASK,
        title: `#${a.id} ${a.startLocal.replace('T', ' ')} (${a.language})`,
        subject: { type: 'poolAssignment', id: a.id },
        ownerUserId: null,
        dueAt: fromLocalDateTime(a.startLocal),
      },
      actor.id,
      now,
    );
    return;
  }
  await closeTasksOf(db, a.id, RESTAFF_TASK, actor, now);
  const late = a.status === 'confirmed' && minutesBetween(toLocalDateTime(now), a.startLocal) < settings.lateCancelHours * 60;
  await record(db, a, 'cancelled', actor, now, { cancelledBy: input.by, note: input.reason });
  await assignments(db).update({ id: a.id }, { status: 'cancelled', cancelledBy: input.by, lateCancellation: late, updatedAt: now.toISOString() });
}

export async function noShow(db: EntityManager, id: number, actor: User, now: Date): Promise<void> {
  const a = await getAssignment(db, id);
  requireStatus(a, ['confirmed']);
  if (a.startLocal > toLocalDateTime(now)) throw new AppError('INVALID_TRANSITION', 'session has not started');
  await record(db, a, 'noShow', actor, now);
  await assignments(db).update({ id }, { status: 'noShow', updatedAt: now.toISOString() });
}

/** Could not be served: kept, so unmet demand per language can be counted. */
export async function markUnmet(db: EntityManager, id: number, reason: string, actor: User, now: Date): Promise<void> {
  const a = await getAssignment(db, id);
  requireStatus(a, ['requested', 'proposed']);
  await record(db, a, 'unmet', actor, now, { note: reason });
  await assignments(db).update({ id }, { status: 'unmet', interpreterId: null, updatedAt: now.toISOString() });
  await closeTasksOf(db, id, RESTAFF_TASK, actor, now);
}

/**
 * Records (or corrects) the feedback of a done assignment and completes its reminder. Returns
 * whether feedback existed before and the names of the fields written.
 */
export async function saveFeedback(
  db: EntityManager,
  input: ParsedInputOf<'pool.feedbackSave'>,
  actor: User,
  now: Date,
): Promise<{ existed: boolean; changed: string[] }> {
  const a = await getAssignment(db, input.assignmentId);
  if (a.status !== 'done' || a.interpreterId === null) throw new AppError('INVALID_TRANSITION', 'feedback only for done assignments');
  const repo = db.getRepository(FeedbackEntity);
  const existed = await repo.existsBy({ assignmentId: a.id });
  const { assignmentId, ...ratings } = input;
  await repo.save({ ...ratings, assignmentId, interpreterId: a.interpreterId, sessionDate: a.startLocal.slice(0, 10), recordedAt: now.toISOString(), recordedBy: actor.id });
  await completeFeedbackTask(db, a.id, actor, now);
  return { existed, changed: Object.keys(ratings) };
}

/** Logging the feedback completes its reminder. */
async function completeFeedbackTask(db: EntityManager, assignmentId: number, actor: User, now: Date): Promise<void> {
  await closeTasksOf(db, assignmentId, MISSING_FEEDBACK_TASK, actor, now);
}

/** Completes the session's open reminders of one kind (its feedback came in, it is staffed again). */
async function closeTasksOf(db: EntityManager, assignmentId: number, kind: string, actor: User, now: Date): Promise<void> {
  for (const task of await tasksForSubject(db, { type: 'poolAssignment', id: assignmentId })) {
    if (task.kind === kind && task.status === 'open') await completeTask(db, task.id, null, actor.id, now);
  }
}
