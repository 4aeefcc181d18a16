import { differenceInDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { consentsFor } from '../consent/consent-service';
import { householdSubject } from './household-consent';
import type { CaseCard, CaseDetail, CaseListPage, HousingSettings, WaitingActor } from '../../contract/housing';
import { caseListInput } from '../../contract/housing';
import type { z } from 'zod';
import { AppError } from '../errors';
import { addLocalDays, toLocalDate } from '../time/local-time';
import { UserEntity } from '../users/user.entity';
import { documentFlag, toWaitingView, totalsByActor } from './clocks';
import { CaseDocumentEntity } from './document.entity';
import { CaseContactEntity, HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity } from './move-out-case.entity';
import { OccupancyEntity } from './accommodation.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { allowedMoves } from './stage-path';

interface CardRow {
  id: number;
  reference: string;
  members: number;
  stage: string;
  paused_from: string | null;
  stage_since: string;
  planned_move_on: string | null;
  accommodation_name: string | null;
  wait_actor: WaitingActor | null;
  wait_since: string | null;
  open_waits: number;
  expiring: number;
}

/** One query for a page of cards: whom each case waits on and its flags come from subqueries, not per-row calls. */
const CARD_SELECT = `
  SELECT c.id, h.reference, h.members, c.stage, c.paused_from, c.stage_since, c.planned_move_on,
    (SELECT a.name FROM housing_occupancy o JOIN housing_accommodation a ON a.id = o.accommodation_id
       WHERE o.household_id = h.id ORDER BY o.id DESC LIMIT 1) AS accommodation_name,
    (SELECT w.actor FROM housing_waiting_period w WHERE w.case_id = c.id AND w.answered_at IS NULL
       ORDER BY w.requested_at, w.id LIMIT 1) AS wait_actor,
    (SELECT MIN(w.requested_at) FROM housing_waiting_period w WHERE w.case_id = c.id AND w.answered_at IS NULL) AS wait_since,
    (SELECT COUNT(*) FROM housing_waiting_period w WHERE w.case_id = c.id AND w.answered_at IS NULL) AS open_waits,
    (SELECT COUNT(*) FROM housing_case_document d WHERE d.case_id = c.id
       AND (d.status = 'expired' OR (d.status = 'received' AND d.expires_on IS NOT NULL AND d.expires_on <= ?))) AS expiring
  FROM housing_case c JOIN housing_household h ON h.id = c.household_id`;

function toCard(row: CardRow, settings: HousingSettings, now: Date): CaseCard {
  return {
    id: row.id,
    reference: row.reference,
    members: row.members,
    stage: row.stage,
    pausedFrom: row.paused_from,
    stageSince: row.stage_since,
    daysInStage: differenceInDays(now, parseISO(row.stage_since)),
    accommodationName: row.accommodation_name ?? '',
    waitingOn:
      row.wait_actor && row.wait_since
        ? { actor: row.wait_actor, since: row.wait_since, days: differenceInDays(now, parseISO(row.wait_since)) }
        : null,
    openWaits: Number(row.open_waits),
    expiringDocuments: Number(row.expiring),
    plannedMoveOn: row.planned_move_on,
    allowedMoves: allowedMoves(settings.stages, row.stage, row.paused_from),
  };
}

export function warnUntil(settings: HousingSettings, now: Date): string {
  return addLocalDays(toLocalDate(now), settings.expiryWarningDays);
}

export async function caseCard(db: EntityManager, id: number, settings: HousingSettings, now: Date): Promise<CaseCard> {
  const rows = (await db.query(`${CARD_SELECT} WHERE c.id = ?`, [warnUntil(settings, now), id])) as CardRow[];
  if (!rows[0]) throw new AppError('NOT_FOUND');
  return toCard(rows[0], settings, now);
}

export async function listCases(
  db: EntityManager,
  input: z.output<typeof caseListInput>,
  settings: HousingSettings,
  now: Date,
): Promise<CaseListPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.stage) {
    where.push('c.stage = ?');
    params.push(input.stage);
  } else if (!input.includeEnded) {
    where.push(`c.stage NOT IN ('withdrawn', 'closed')`);
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const order = [...settings.stages.map((s) => s.key), 'paused', 'withdrawn'];
  const stageOrder = `CASE c.stage ${order.map((k, i) => `WHEN '${k.replace(/'/g, '')}' THEN ${i}`).join(' ')} ELSE 99 END`;
  const dir = input.direction === 'asc' ? 'ASC' : 'DESC';
  // Longest in stage / longest waiting means the oldest timestamp: the order flips.
  const flip = input.direction === 'asc' ? 'DESC' : 'ASC';
  const orderBy = {
    reference: `h.reference ${dir}`,
    stage: `${stageOrder} ${dir}, c.stage_since ASC`,
    daysInStage: `c.stage_since ${flip}`,
    waitingDays: `wait_since IS NULL, wait_since ${flip}`,
    members: `h.members ${dir}`,
  }[input.sort];
  const total = (await db.query(`SELECT COUNT(*) AS n FROM housing_case c${whereSql}`, params)) as { n: number }[];
  const rows = (await db.query(`${CARD_SELECT}${whereSql} ORDER BY ${orderBy}, c.id LIMIT ? OFFSET ?`, [
    warnUntil(settings, now),
    ...params,
    input.limit,
    input.offset,
  ])) as CardRow[];
  return { rows: rows.map((r) => toCard(r, settings, now)), total: Number(total[0]?.n ?? 0) };
}

export async function caseDetail(db: EntityManager, id: number, settings: HousingSettings, now: Date): Promise<CaseDetail> {
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneBy({ id });
  if (!moveOutCase) throw new AppError('NOT_FOUND');
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: moveOutCase.householdId });
  const occupancy = await db.getRepository(OccupancyEntity).findOne({ where: { householdId: household.id }, order: { id: 'DESC' } });
  const history = await db.getRepository(StageHistoryEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const userIds = [...new Set(history.map((h) => h.userId))];
  const users = userIds.length ? await db.getRepository(UserEntity).findBy(userIds.map((u) => ({ id: u }))) : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const waits = await db.getRepository(WaitingPeriodEntity).find({ where: { caseId: id }, order: { requestedAt: 'DESC', id: 'DESC' } });
  const documents = await db.getRepository(CaseDocumentEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const contacts = await db.getRepository(CaseContactEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const viewings = await db.getRepository(ViewingEntity).find({ where: { caseId: id }, order: { at: 'DESC' } });
  const offers = viewings.length ? await db.getRepository(OfferEntity).findBy(viewings.map((v) => ({ id: v.offerId }))) : [];
  const today = toLocalDate(now);
  const until = warnUntil(settings, now);
  return {
    card: await caseCard(db, id, settings, now),
    household: {
      id: household.id,
      reference: household.reference,
      ageBands: household.ageBands,
      languages: household.languages,
      roomsNeeded: household.roomsNeeded,
      accessibility: household.accessibility,
      rentingStatus: household.rentingStatus,
      incomeSource: household.incomeSource,
      movedInOn: occupancy?.movedInOn ?? null,
    },
    stageReason: moveOutCase.stageReason,
    history: history.map((h) => ({
      fromStage: h.fromStage,
      toStage: h.toStage,
      at: h.at,
      userName: names.get(h.userId) ?? null,
      reason: h.reason,
    })),
    waits: waits.map((w) => toWaitingView(w, now)),
    totalsByActor: totalsByActor(waits, now),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      customLabel: d.customLabel,
      status: d.status,
      statusOn: d.statusOn,
      expiresOn: d.expiresOn,
      flag: documentFlag(d, today, until),
    })),
    contacts: contacts.map(({ id: contactId, role, name, phone, email }) => ({ id: contactId, role, name, phone, email })),
    viewings: viewings.map((v) => ({
      id: v.id,
      offerId: v.offerId,
      offerAddress: offers.find((o) => o.id === v.offerId)?.address ?? '',
      at: v.at,
      outcome: v.outcome,
    })),
    consents: await consentsFor(db, householdSubject(household.id)),
  };
}
