import { addDays, addMonths, format, parseISO, startOfMonth } from 'date-fns';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { HousingIndicators, HousingSettings, WaitingActor } from '../../contract/housing';
import { mediansByGroup, mediansFromIndex } from '../db/medians';
import { daysBetween, wholeDaysBetween, yearQuarter } from '../db/sql-dialect';
import { toLocalDate } from '../time/local-time';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';
import { HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity, StageHistoryEntity, WaitingPeriodEntity } from './move-out-case.entity';
import { stagesBeforeMove } from './stage-path';

/** Stage history: the medians read its stored days through its (stage, days) indexes. */
const HISTORY = StageHistoryEntity.options.tableName ?? 'housing_stage_history';

const DAYS_PER_MONTH = 365.25 / 12;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The module's indicators, aggregated in SQL: counts, sums and medians (window functions, see
 * `db/medians.ts`) run in the database, so no duration and no personal data is loaded here.
 * Durations in a stage are whole 24-hour days; stays in accommodation are calendar days.
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

  const stays = await mediansByGroup(
    db,
    cases()
      .innerJoin(OccupancyEntity.options.name, 'o', 'o.householdId = c.householdId')
      .select(`'all'`, 'grp')
      .addSelect(daysBetween('c.movedOutOn', 'o.movedInOn'), 'value')
      .where('c.movedOutOn IS NOT NULL')
      .andWhere('o.movedOutOn IS NOT NULL'),
  );
  const stayDays = stays.get('all');

  const pipelineRows = await cases().select('c.stage', 'stage').addSelect('COUNT(*)', 'n').groupBy('c.stage').getRawMany<{ stage: string; n: number }>();
  const order = [...settings.stages.map((s) => s.key), 'paused', 'withdrawn'];
  const pipeline = order.map((stage) => ({ stage, cases: Number(pipelineRows.find((r) => r.stage === stage)?.n ?? 0) }));

  // Each history row is a stay in its stage: its whole days are stored when the next move ends it
  // (read in index order); a stay still running counts its days until now.
  const perStage = await mediansFromIndex(db, {
    table: HISTORY,
    group: 'to_stage',
    stored: 'days_in_stage',
    running: { expression: wholeDaysBetween(':now', '"at"'), parameters: { now: now.toISOString() } },
  });
  const medianDaysPerStage = order.flatMap((stage) => {
    const m = perStage.get(stage);
    return m === undefined ? [] : [{ stage, days: round1(m) }];
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

  const { forecast, basis } = await forecastFreedPlaces(db, settings, now);
  return {
    moveOutsPerQuarter,
    medianMonthsInAccommodation: stayDays === undefined ? null : round1(stayDays / DAYS_PER_MONTH),
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
 * A move-out day counts from its noon (taken in UTC: the forecast is by month, an hour's offset
 * cannot move it) so the medians run in SQL over whole days.
 */
async function forecastFreedPlaces(db: EntityManager, settings: HousingSettings, now: Date) {
  const finished = await db.getRepository(MoveOutCaseEntity).count({ where: { movedOutOn: Not(IsNull()) } });
  const remaining = await mediansFromIndex(db, { table: HISTORY, group: 'to_stage', stored: 'days_to_move_out' });
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
    const m = remaining.get(c.stage);
    if (m === undefined) continue;
    const b = bucket(toLocalDate(addDays(parseISO(c.stage_since), Math.round(m))));
    if (b) b.estimated += Number(c.members);
  }
  return { forecast, basis: finished };
}
