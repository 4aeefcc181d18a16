import { addWeeks, subDays } from 'date-fns';
import { IsNull, type EntityManager } from 'typeorm';
import type { HousingSettings } from '../../contract/housing';
import { AppError } from '../errors';
import { cancelOpenTasks, completeTask, createTask, tasksForSubject } from '../tasks/tasks-service';
import { fromLocalDateTime, toLocalDate } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { OccupancyEntity } from './accommodation.entity';
import { HouseholdEntity } from './household.entity';
import { CaseDocumentEntity, MoveOutCaseEntity, StageHistoryEntity } from './move-out-case.entity';
import { documentExpiryTitle } from '../../contract/housing';
import { allowedMoves } from './stage-path';
import { wholeDaysBetween } from '../db/sql-dialect';

export const caseSubject = (id: number) => ({ type: 'moveOutCase', id });

export interface MoveRequest {
  id: number;
  /** The stage the caseworker saw the case in. */
  fromStage: string;
  to: string;
  reason?: string | undefined;
  moveOn?: string | undefined;
}

/**
 * Moves a case along the installation's path; the service, not the UI, decides what is allowed
 * (INVALID_TRANSITION otherwise). Moving out closes the household's occupancy and plans the
 * follow-up contacts; closing completes them; withdrawing cancels every open reminder of the case.
 * The move starts from the stage the caseworker saw: if a colleague moved the card meanwhile (two
 * people dragging the same card), it is refused with CONFLICT naming who moved it and when.
 */
export async function moveCase(db: EntityManager, request: MoveRequest, settings: HousingSettings, actorId: number, now: Date): Promise<string[]> {
  const cases = db.getRepository(MoveOutCaseEntity);
  const current = await cases.findOneBy({ id: request.id });
  if (!current) throw new AppError('NOT_FOUND');
  if (current.stage !== request.fromStage) await refuseStaleMove(db, current.id);
  const move = allowedMoves(settings.stages, current.stage, current.pausedFrom).find((m) => m.to === request.to);
  if (!move) throw new AppError('INVALID_TRANSITION', `${current.stage} → ${request.to}`);
  const reason = request.reason?.trim() || null;
  if (move.needsReason && !reason) throw new AppError('INVALID_INPUT', 'reason required', { issues: [{ path: 'reason', message: 'validation:required' }] });
  // "Documents complete" with documents still missing is allowed (the office may know better than
  // the checklist), but only with a reason, which the stage history keeps.
  const missingDocuments = request.to === 'documentsReady' ? await missingDocumentCount(db, current.id, toLocalDate(now)) : 0;
  if (missingDocuments > 0 && !reason) {
    throw new AppError('INVALID_INPUT', 'documents missing', { issues: [{ path: 'reason', message: 'housing:validation.documentsMissingReason' }] });
  }

  const at = now.toISOString();
  const today = toLocalDate(now);
  const changes: Partial<typeof current> = {
    stage: request.to,
    stageSince: at,
    stageReason: reason,
    pausedFrom: request.to === 'paused' ? current.stage : null,
  };
  if (request.to === 'leaseSigned' && request.moveOn) changes.plannedMoveOn = request.moveOn;
  // Back from closed to moved out re-opens the stage only; the move itself happened once.
  if (request.to === 'movedOut' && !current.movedOutOn) {
    const movedOutOn = request.moveOn ?? today;
    changes.movedOutOn = movedOutOn;
    await db.getRepository(OccupancyEntity).update({ householdId: current.householdId, movedOutOn: IsNull() }, { movedOutOn });
    await cancelOpenTasks(db, caseSubject(current.id), 'housing.documentExpiring');
    await planFollowUps(db, current.id, current.householdId, movedOutOn, settings, actorId, now);
  }
  if (request.to === 'withdrawn') await cancelOpenTasks(db, caseSubject(current.id));
  // "Follow-up done/closed": the contacts happened (or are no longer needed), so their reminders
  // leave everyone's task list as done by the person who closed the case.
  if (request.to === 'closed') await completeFollowUps(db, current.id, actorId, now);
  await cases.update({ id: current.id }, changes);
  await endStay(db, current.id, at);
  await db.getRepository(StageHistoryEntity).insert({ caseId: current.id, fromStage: current.stage, toStage: request.to, at, endedAt: null, userId: actorId, reason });
  const movedOutOn = changes.movedOutOn ?? current.movedOutOn;
  if (movedOutOn) await storeDaysToMoveOut(db, current.id, movedOutOn);
  return Object.keys(changes);
}

/**
 * The stay in the stage left ends now: its end and its whole days are stored on its row, so the
 * indicators read the days from an index in order instead of computing and sorting every row.
 * The days are counted by the database with the expression the indicators used before.
 */
async function endStay(db: EntityManager, caseId: number, at: string) {
  await db
    .createQueryBuilder()
    .update(StageHistoryEntity)
    .set({ endedAt: at, daysInStage: () => wholeDaysBetween(':endedAt', '"at"') })
    .where('case_id = :caseId AND ended_at IS NULL', { caseId, endedAt: at })
    .execute();
}

/**
 * Once a case has moved out, every stage it passed through (and any it enters afterwards) holds
 * its whole days to the move-out day's noon (UTC), which the forecast's medians read. The move-out
 * day is set once, so rows that already hold the days keep them.
 */
async function storeDaysToMoveOut(db: EntityManager, caseId: number, movedOutOn: string) {
  await db
    .createQueryBuilder()
    .update(StageHistoryEntity)
    .set({ daysToMoveOut: () => wholeDaysBetween(`:movedOutOn || 'T12:00:00Z'`, '"at"') })
    .where('case_id = :caseId AND days_to_move_out IS NULL', { caseId, movedOutOn })
    .execute();
}

/** Checklist items not (or no longer) at hand: missing, requested, expired, or received but past their expiry date. */
export async function missingDocumentCount(db: EntityManager, caseId: number, today: string): Promise<number> {
  return db
    .getRepository(CaseDocumentEntity)
    .createQueryBuilder('d')
    .where('d.caseId = :caseId', { caseId })
    .andWhere("(d.status != 'received' OR (d.expiresOn IS NOT NULL AND d.expiresOn < :today))", { today })
    .getCount();
}

/** The last move of the case names who moved it since the caseworker looked, and when. */
async function refuseStaleMove(db: EntityManager, caseId: number): Promise<never> {
  const last = await db.getRepository(StageHistoryEntity).findOne({ where: { caseId }, order: { id: 'DESC' } });
  const name = last ? ((await displayNames(db, [last.userId])).get(last.userId) ?? null) : null;
  throw new AppError('CONFLICT', 'case moved since it was loaded', { changedBy: name, changedAt: last?.at ?? null });
}

async function completeFollowUps(db: EntityManager, caseId: number, actorId: number, now: Date) {
  const open = (await tasksForSubject(db, caseSubject(caseId))).filter((t) => t.status === 'open' && t.kind === 'housing.followUp');
  for (const task of open) await completeTask(db, task.id, 'caseClosed', actorId, now);
}

async function planFollowUps(db: EntityManager, caseId: number, householdId: number, movedOutOn: string, settings: HousingSettings, actorId: number, now: Date) {
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: householdId });
  const start = fromLocalDateTime(`${movedOutOn}T09:00`);
  for (const weeks of settings.followUpWeeks) {
    await createTask(
      db,
      { module: 'housing', kind: 'housing.followUp', title: `${household.reference} · +${weeks}`, subject: caseSubject(caseId), ownerUserId: null, dueAt: addWeeks(start, weeks) },
      actorId,
      now,
    );
  }
}

/**
 * One reminder per document (named by its kind or its own label) and expiry date, due when it
 * enters the warning window. Recomputed on every checklist change so a renewed document drops its
 * old reminder. Two documents of the same name expiring the same day (two members' IDs) share one
 * reminder: the start page listed them as identical rows before.
 */
export async function replanExpiryTasks(db: EntityManager, caseId: number, settings: HousingSettings, actorId: number, now: Date): Promise<void> {
  await cancelOpenTasks(db, caseSubject(caseId), 'housing.documentExpiring');
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneByOrFail({ id: caseId });
  if (['movedOut', 'closed', 'withdrawn'].includes(moveOutCase.stage)) return;
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: moveOutCase.householdId });
  const documents = await db.getRepository(CaseDocumentEntity).findBy({ caseId, status: 'received' });
  const planned = new Set<string>();
  for (const doc of documents) {
    if (!doc.expiresOn) continue;
    const title = documentExpiryTitle({ reference: household.reference, expiresOn: doc.expiresOn, kind: doc.kind, customLabel: doc.customLabel });
    if (planned.has(title)) continue;
    planned.add(title);
    const warnFrom = subDays(fromLocalDateTime(`${doc.expiresOn}T08:00`), settings.expiryWarningDays);
    await createTask(
      db,
      { module: 'housing', kind: 'housing.documentExpiring', title, subject: caseSubject(caseId), ownerUserId: null, dueAt: warnFrom < now ? now : warnFrom },
      actorId,
      now,
    );
  }
}
