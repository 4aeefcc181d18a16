import { addDays, addMonths, differenceInDays, format, parseISO, startOfMonth } from 'date-fns';
import type { EntityManager } from 'typeorm';
import type { HousingIndicators, HousingSettings, StageKey, WaitingActor } from '../../contract/housing';
import { fromLocalDateTime, toLocalDate } from '../time/local-time';
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
  const moveOutsPerQuarter = (
    (await db.query(
      `SELECT substr(c.moved_out_on, 1, 4) || '-Q' || ((CAST(substr(c.moved_out_on, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
         COUNT(*) AS households, SUM(h.members) AS people
       FROM housing_case c JOIN housing_household h ON h.id = c.household_id
       WHERE c.moved_out_on IS NOT NULL GROUP BY quarter ORDER BY quarter DESC LIMIT 8`,
    )) as { quarter: string; households: number; people: number }[]
  ).map((r) => ({ quarter: r.quarter, households: Number(r.households), people: Number(r.people) }));

  const stays = (await db.query(
    `SELECT o.moved_in_on, c.moved_out_on FROM housing_case c JOIN housing_occupancy o ON o.household_id = c.household_id
     WHERE c.moved_out_on IS NOT NULL AND o.moved_out_on IS NOT NULL`,
  )) as { moved_in_on: string; moved_out_on: string }[];
  const months = median(stays.map((s) => differenceInDays(parseISO(s.moved_out_on), parseISO(s.moved_in_on)) / DAYS_PER_MONTH));

  const pipelineRows = (await db.query(`SELECT stage, COUNT(*) AS n FROM housing_case GROUP BY stage`)) as { stage: string; n: number }[];
  const order = [...settings.stages.map((s) => s.key), 'paused', 'withdrawn'];
  const pipeline = order.map((stage) => ({ stage, cases: Number(pipelineRows.find((r) => r.stage === stage)?.n ?? 0) }));

  // Each history row opens a stay in its stage that ends with the next row (or now).
  const spans = (await db.query(
    `SELECT case_id, to_stage, at, LEAD(at) OVER (PARTITION BY case_id ORDER BY id) AS next_at FROM housing_stage_history`,
  )) as { case_id: number; to_stage: string; at: string; next_at: string | null }[];
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
    (await db.query(
      `SELECT actor, COUNT(*) AS requests,
         SUM(julianday(COALESCE(answered_at, ?)) - julianday(requested_at)) AS days
       FROM housing_waiting_period GROUP BY actor ORDER BY days DESC`,
      [now.toISOString()],
    )) as { actor: WaitingActor; requests: number; days: number }[]
  ).map((r) => ({ actor: r.actor, requests: Number(r.requests), days: round1(Number(r.days)) }));

  const occ = (await db.query(
    `SELECT (SELECT COALESCE(SUM(beds), 0) FROM housing_accommodation) AS beds,
       (SELECT COALESCE(SUM(members), 0) FROM housing_occupancy WHERE moved_out_on IS NULL) AS occupied`,
  )) as { beds: number; occupied: number }[];

  const { forecast, basis } = await forecastFreedPlaces(db, settings, spans, now);
  return {
    moveOutsPerQuarter,
    medianMonthsInAccommodation: months === null ? null : round1(months),
    pipeline,
    medianDaysPerStage,
    daysPerActor,
    occupancy: { beds: Number(occ[0]?.beds ?? 0), occupied: Number(occ[0]?.occupied ?? 0) },
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
  const finished = (await db.query(`SELECT id, moved_out_on FROM housing_case WHERE moved_out_on IS NOT NULL`)) as { id: number; moved_out_on: string }[];
  const movedOutAt = new Map(finished.map((f) => [f.id, fromLocalDateTime(`${f.moved_out_on}T12:00`)]));
  const remaining = new Map<StageKey, number[]>();
  for (const s of spans) {
    const end = movedOutAt.get(s.case_id);
    if (!end) continue;
    const days = differenceInDays(end, Date.parse(s.at));
    const list = remaining.get(s.to_stage);
    if (list) list.push(days);
    else remaining.set(s.to_stage, [days]);
  }
  const active = (await db.query(
    `SELECT c.stage, c.stage_since, c.planned_move_on, h.members FROM housing_case c JOIN housing_household h ON h.id = c.household_id
     WHERE c.stage IN (${stagesBeforeMove(settings.stages).map(() => '?').join(',')})`,
    stagesBeforeMove(settings.stages),
  )) as { stage: string; stage_since: string; planned_move_on: string | null; members: number }[];

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
