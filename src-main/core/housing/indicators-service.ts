import { addDays, addMonths, differenceInDays, format, parseISO, startOfMonth } from 'date-fns';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { HousingIndicators, HousingSettings, StageKey, WaitingActor } from '../../contract/housing';
import { daysBetween, yearQuarter } from '../db/sql-dialect';
import { fromLocalDateTime, toLocalDate } from '../time/local-time';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity } from './move-out-case.entity';
import { stagesBeforeMove } from './stage-path';

const DAYS_PER_MONTH = 365.25 / 12;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The module's indicators. Counts and sums run in SQL; medians need the single durations, which
 * are computed here with date-fns (only durations are loaded, never personal data).
 */
export async function housingIndicators(db: EntityManager, settings: HousingSettings, now: Date): Promise<HousingIndicators> {
  const cases = () => db.getRepository(MoveOutCaseEntity).createQueryBuilder('c');
  const quarter = yearQuarter('c.movedOutOn');
  const moveOutsPerQuarter = (
    await cases()
      .innerJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId')
      .select(quarter, 'quarter')
      .addSelect('COUNT(*)', 'households')
      .addSelect('SUM(h.members)', 'people')
      .where('c.movedOutOn IS NOT NULL')
      .groupBy(quarter)
      .orderBy('quarter', 'DESC')
      .limit(8)
      .getRawMany<{ quarter: string; households: number; people: number }>()
  ).map((r) => ({ quarter: r.quarter, households: Number(r.households), people: Number(r.people) }));

  const stays = await cases()
    .innerJoin(OccupancyEntity.options.name, 'o', 'o.householdId = c.householdId')
    .select('o.movedInOn', 'moved_in_on')
    .addSelect('c.movedOutOn', 'moved_out_on')
    .where('c.movedOutOn IS NOT NULL')
    .andWhere('o.movedOutOn IS NOT NULL')
    .getRawMany<{ moved_in_on: string; moved_out_on: string }>();
  const months = median(stays.map((s) => differenceInDays(parseISO(s.moved_out_on), parseISO(s.moved_in_on)) / DAYS_PER_MONTH));

  const pipelineRows = await cases().select('c.stage', 'stage').addSelect('COUNT(*)', 'n').groupBy('c.stage').getRawMany<{ stage: string; n: number }>();
  const order = [...settings.stages.map((s) => s.key), 'paused', 'withdrawn'];
  const pipeline = order.map((stage) => ({ stage, cases: Number(pipelineRows.find((r) => r.stage === stage)?.n ?? 0) }));

  // Each history row opens a stay in its stage that ends with the next row (or now).
  const spans = await db
    .getRepository(StageHistoryEntity)
    .createQueryBuilder('s')
    .select('s.caseId', 'case_id')
    .addSelect('s.toStage', 'to_stage')
    .addSelect('s.at', 'at')
    .addSelect('LEAD(s.at) OVER (PARTITION BY s.caseId ORDER BY s.id)', 'next_at')
    .getRawMany<{ case_id: number; to_stage: string; at: string; next_at: string | null }>();
  const perStage = new Map<string, number[]>();
  for (const s of spans) {
    // Instants are ISO UTC strings; Date.parse reads them faster than parseISO at thousands of rows.
    const days = differenceInDays(s.next_at ? Date.parse(s.next_at) : now, Date.parse(s.at));
    const list = perStage.get(s.to_stage);
    if (list) list.push(days);
    else perStage.set(s.to_stage, [days]);
  }
  const medianDaysPerStage = order.flatMap((stage) => {
    const m = median(perStage.get(stage) ?? []);
    return m === null ? [] : [{ stage, days: round1(m) }];
  });

  const daysPerActor = (
    await db
      .getRepository(WaitingPeriodEntity)
      .createQueryBuilder('w')
      .select('w.actor', 'actor')
      .addSelect('COUNT(*)', 'requests')
      .addSelect(`SUM(${daysBetween('COALESCE(w.answeredAt, :now)', 'w.requestedAt')})`, 'days')
      .setParameter('now', now.toISOString())
      .groupBy('w.actor')
      .orderBy('days', 'DESC')
      .getRawMany<{ actor: WaitingActor; requests: number; days: number }>()
  ).map((r) => ({ actor: r.actor, requests: Number(r.requests), days: round1(Number(r.days)) }));

  const beds = (await db.getRepository(AccommodationEntity).sum('beds')) ?? 0;
  const occupied = (await db.getRepository(OccupancyEntity).sum('members', { movedOutOn: IsNull() })) ?? 0;

  const { forecast, basis } = await forecastFreedPlaces(db, settings, spans, now);
  return {
    moveOutsPerQuarter,
    medianMonthsInAccommodation: months === null ? null : round1(months),
    pipeline,
    medianDaysPerStage,
    daysPerActor,
    occupancy: { beds: Number(beds), occupied: Number(occupied) },
    forecast,
    forecastBasis: basis,
  };
}

/**
 * Places freed in this and the next two months. Signed leases count at their planned move date.
 * Every other active case counts at (entered its stage + the median time from that stage to
 * moving out among finished cases); a stage no finished case passed through gives no estimate.
 */
async function forecastFreedPlaces(
  db: EntityManager,
  settings: HousingSettings,
  spans: { case_id: number; to_stage: string; at: string }[],
  now: Date,
) {
  const finished = await db.getRepository(MoveOutCaseEntity).find({ select: { id: true, movedOutOn: true }, where: { movedOutOn: Not(IsNull()) } });
  const movedOutAt = new Map(finished.map((f) => [f.id, fromLocalDateTime(`${f.movedOutOn}T12:00`)]));
  const remaining = new Map<StageKey, number[]>();
  for (const s of spans) {
    const end = movedOutAt.get(s.case_id);
    if (!end) continue;
    const days = differenceInDays(end, Date.parse(s.at));
    const list = remaining.get(s.to_stage);
    if (list) list.push(days);
    else remaining.set(s.to_stage, [days]);
  }
  const active = await db
    .getRepository(MoveOutCaseEntity)
    .createQueryBuilder('c')
    .innerJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId')
    .select('c.stage', 'stage')
    .addSelect('c.stageSince', 'stage_since')
    .addSelect('c.plannedMoveOn', 'planned_move_on')
    .addSelect('h.members', 'members')
    .where('c.stage IN (:...stages)', { stages: stagesBeforeMove(settings.stages) })
    .getRawMany<{ stage: string; stage_since: string; planned_move_on: string | null; members: number }>();

  const today = toLocalDate(now);
  const first = startOfMonth(parseISO(today));
  const months = [0, 1, 2].map((i) => format(addMonths(first, i), 'yyyy-MM'));
  const forecast = months.map((month) => ({ month, fromSignedLeases: 0, estimated: 0 }));
  const bucket = (date: string) => forecast.find((f) => f.month === (date < today ? today : date).slice(0, 7));
  for (const c of active) {
    if (c.stage === 'leaseSigned' && c.planned_move_on) {
      const b = bucket(c.planned_move_on);
      if (b) b.fromSignedLeases += Number(c.members);
      continue;
    }
    const m = median(remaining.get(c.stage) ?? []);
    if (m === null) continue;
    const b = bucket(toLocalDate(addDays(parseISO(c.stage_since), Math.round(m))));
    if (b) b.estimated += Number(c.members);
  }
  return { forecast, basis: finished.length };
}
