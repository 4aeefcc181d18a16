import { differenceInDays, parseISO } from 'date-fns';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { SIDE_STATES, type CaseCard, type CaseDetail, type CaseListPage, type caseListInput, type HousingSettings, type WaitingActor } from '../../contract/housing';
import { consentsFor } from '../consent/consent-service';
import { AppError } from '../errors';
import { addLocalDays, toLocalDate } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { documentFlag, toWaitingView, totalsByActor } from './clocks';
import { HouseholdEntity } from './household.entity';
import { householdSubject } from './household-consents-service';
import { CaseContactEntity, CaseDocumentEntity, MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity, type MoveOutCase, type WaitingPeriod } from './move-out-case.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { allowedMoves } from './stage-path';
import { distinctValues } from '../db/distinct-values';
import { selectRows } from '../db/select-rows';
import { countWithoutRestricted, withoutRestricted } from '../privacy/restriction';

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

/** Cases that have ended: left out of the list unless asked for. */
const ENDED = ['withdrawn', 'closed'];

/**
 * One query for a page of cards: the household's shelter, whom each case waits on and its flags
 * come from correlated subqueries, not per-row calls. `:warnUntil` is the end of the expiry window.
 */
function cardQuery(db: EntityManager, warnUntil: string): SelectQueryBuilder<MoveOutCase> {
  const openWaits = (q: SelectQueryBuilder<WaitingPeriod>) => q.from(WaitingPeriodEntity, 'w').where('w.caseId = c.id').andWhere('w.answeredAt IS NULL');
  return db
    .getRepository(MoveOutCaseEntity)
    .createQueryBuilder('c')
    .innerJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId')
    .select('c.id', 'id')
    .addSelect('h.reference', 'reference')
    .addSelect('h.members', 'members')
    .addSelect('c.stage', 'stage')
    .addSelect('c.pausedFrom', 'paused_from')
    .addSelect('c.stageSince', 'stage_since')
    .addSelect('c.plannedMoveOn', 'planned_move_on')
    .addSelect(
      (q) =>
        q
          .select('a.name')
          .from(OccupancyEntity, 'o')
          .innerJoin(AccommodationEntity.options.name, 'a', 'a.id = o.accommodationId')
          .where('o.householdId = h.id')
          .orderBy('o.id', 'DESC')
          .limit(1),
      'accommodation_name',
    )
    .addSelect((q) => openWaits(q.select('w.actor')).orderBy('w.requestedAt', 'ASC').addOrderBy('w.id', 'ASC').limit(1), 'wait_actor')
    .addSelect((q) => openWaits(q.select('MIN(w.requestedAt)')), 'wait_since')
    .addSelect((q) => openWaits(q.select('COUNT(*)')), 'open_waits')
    .addSelect(
      (q) =>
        q
          .select('COUNT(*)')
          .from(CaseDocumentEntity, 'd')
          .where('d.caseId = c.id')
          .andWhere("(d.status = 'expired' OR (d.status = 'received' AND d.expiresOn IS NOT NULL AND d.expiresOn <= :warnUntil))"),
      'expiring',
    )
    .setParameter('warnUntil', warnUntil);
}

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
  const row = await cardQuery(db, warnUntil(settings, now)).where('c.id = :id', { id }).getRawOne<CardRow>();
  if (!row) throw new AppError('NOT_FOUND');
  return toCard(row, settings, now);
}

export async function listCases(db: EntityManager, input: z.output<typeof caseListInput>, settings: HousingSettings, now: Date): Promise<CaseListPage> {
  // Not ended, as the stages cases are in less the ended ones: `stage IN (…)` is read from the
  // stage index, where `NOT IN` made SQLite read every case (25,000 at regional scale) for the page
  // and again for the total. Stages the installation added count like the built-in ones.
  const open = input.stage || input.includeEnded ? [] : (await distinctValues(db, MoveOutCaseEntity, 'stage')).filter((s) => !ENDED.includes(s));
  if (!input.stage && !input.includeEnded && open.length === 0) return { rows: [], total: 0 };
  const filter = (q: SelectQueryBuilder<MoveOutCase>) => {
    if (input.stage) q.where('c.stage = :stage', { stage: input.stage });
    else if (!input.includeEnded) q.where('c.stage IN (:...open)', { open });
    return q;
  };
  const dir = input.direction === 'asc' ? 'ASC' : 'DESC';
  // Longest in stage / longest waiting means the oldest timestamp: the order flips.
  const flip = input.direction === 'asc' ? 'DESC' : 'ASC';
  /** The list's order, on a query over the case `c` (joined to its household `h` for the orders by it). */
  const ordered = (q: SelectQueryBuilder<MoveOutCase>) => {
    switch (input.sort) {
      case 'reference':
        q.orderBy('h.reference', dir);
        break;
      case 'stage': {
        // The installation's path order, then the side states; a stage no longer on the path last.
        const order = [...settings.stages.map((s) => s.key), ...SIDE_STATES];
        const when = order.map((_, i) => `WHEN :stageOrder${i} THEN ${i}`).join(' ');
        q.orderBy(`CASE c.stage ${when} ELSE 99 END`, dir)
          .addOrderBy('c.stageSince', 'ASC')
          .setParameters(Object.fromEntries(order.map((key, i) => [`stageOrder${i}`, key])));
        break;
      }
      case 'daysInStage':
        q.orderBy('c.stageSince', flip);
        break;
      case 'waitingDays': {
        const since = q.subQuery().select('MIN(w.requestedAt)').from(WaitingPeriodEntity, 'w').where('w.caseId = c.id').andWhere('w.answeredAt IS NULL').getQuery();
        q.orderBy(since, flip, 'NULLS LAST');
        break;
      }
      case 'members':
        q.orderBy('h.members', dir);
        break;
    }
    return q.addOrderBy('c.id', 'ASC');
  };
  // The page's cases are chosen first, by their order alone; the cards' own lookups (shelter,
  // waits, documents) then run for that page only. Computed in one query, SQLite would work
  // them out for every open case (~7,000 at regional scale) before sorting and keeping 200.
  // Restricted cases (SDM M62) are kept but not listed; the indicators still count them.
  // The household only when the order needs it: joined for every open case, it was most of the time.
  const cases = db.getRepository(MoveOutCaseEntity).createQueryBuilder('c');
  if (input.sort === 'reference' || input.sort === 'members') cases.innerJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId');
  const pageIds = ordered(withoutRestricted(filter(cases), 'c', 'moveOutCase'))
    .select('c.id')
    .limit(input.limit)
    .offset(input.offset);
  const page = ordered(cardQuery(db, warnUntil(settings, now)).where(`c.id IN (${pageIds.getQuery()})`).setParameters(pageIds.getParameters()));
  const rows = await selectRows<CardRow>(page);
  const total = await countWithoutRestricted(filter(db.getRepository(MoveOutCaseEntity).createQueryBuilder('c')), 'c', 'moveOutCase');
  return { rows: rows.map((r) => toCard(r, settings, now)), total };
}

export async function caseDetail(db: EntityManager, id: number, settings: HousingSettings, now: Date): Promise<CaseDetail> {
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneBy({ id });
  if (!moveOutCase) throw new AppError('NOT_FOUND');
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: moveOutCase.householdId });
  const occupancy = await db.getRepository(OccupancyEntity).findOne({ where: { householdId: household.id }, order: { id: 'DESC' } });
  const history = await db.getRepository(StageHistoryEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const names = await displayNames(db, history.map((h) => h.userId));
  const waits = await db.getRepository(WaitingPeriodEntity).find({ where: { caseId: id }, order: { requestedAt: 'DESC', id: 'DESC' } });
  const documents = await db.getRepository(CaseDocumentEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const contacts = await db.getRepository(CaseContactEntity).find({ where: { caseId: id }, order: { id: 'ASC' } });
  const viewings = await db.getRepository(ViewingEntity).find({ where: { caseId: id }, order: { at: 'DESC' } });
  const offers = viewings.length ? await db.getRepository(OfferEntity).findBy({ id: In(viewings.map((v) => v.offerId)) }) : [];
  const today = toLocalDate(now);
  const until = warnUntil(settings, now);
  return {
    card: await caseCard(db, id, settings, now),
    household: {
      id: household.id,
      version: household.version,
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
    contacts: contacts.map(({ id: contactId, version, role, name, phone, email }) => ({ id: contactId, version, role, name, phone, email })),
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
