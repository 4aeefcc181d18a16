import { BUILT_IN_STAGES, SIDE_STATES } from '../../contract/housing';
import { reportMeasureKey, type ReportLabel } from '../../contract/reports';
import { yearQuarter } from '../db/sql-dialect';
import type { RawRow, ReportBuilder } from '../reports/raw-report';
import { HouseholdEntity } from './household.entity';
import { housingIndicators } from './indicators-service';
import { MoveOutCaseEntity } from './move-out-case.entity';
import { readHousingSettings } from './settings-service';

/**
 * Housing's council report for one period. Move-outs are counted for the period itself; the
 * rest (pipeline, time per stage and per actor, occupancy, forecast) are the indicators of
 * indicators-service.ts as they stand now, so the period before shows them as unknown.
 */
export const housingReport: ReportBuilder = async (db, period, { now, previous }) => {
  const settings = await readHousingSettings(db);
  const quarter = yearQuarter('c.movedOutOn');
  const moveOuts = await db
    .getRepository(MoveOutCaseEntity)
    .createQueryBuilder('c')
    .innerJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId')
    .where('c.movedOutOn >= :from AND c.movedOutOn <= :to', { from: period.from, to: period.to })
    .select(quarter, 'quarter')
    .addSelect('COUNT(*)', 'households')
    .addSelect('COALESCE(SUM(h.members), 0)', 'people')
    .groupBy(quarter)
    .orderBy('quarter')
    .getRawMany<{ quarter: string; households: number; people: number }>();
  const households = moveOuts.reduce((n, r) => n + Number(r.households), 0);
  const people = moveOuts.reduce((n, r) => n + Number(r.people), 0);

  const stageLabel = (stage: string): ReportLabel => {
    const own = settings.stages.find((s) => s.key === stage)?.labels;
    if ((BUILT_IN_STAGES as readonly string[]).includes(stage) || (SIDE_STATES as readonly string[]).includes(stage)) return { key: `housing:stage.${stage}` };
    return own ? { text: own } : { text: { de: stage } };
  };
  const measure = (key: Parameters<typeof reportMeasureKey>[0], unit: RawRow['unit'], value: number | null, extra: Partial<RawRow> = {}): RawRow => ({
    key,
    label: { key: reportMeasureKey(key) },
    unit,
    value,
    ...extra,
  });

  const tables: Awaited<ReturnType<ReportBuilder>> = [
    {
      id: 'moveOutsByQuarter',
      kind: 'breakdown',
      totalRow: 'moveOutHouseholds',
      rows: moveOuts.map((r) => ({ key: r.quarter, label: { text: { de: r.quarter } }, unit: 'count', value: Number(r.households) })),
    },
  ];
  if (previous) {
    tables.unshift({ id: 'housingSummary', kind: 'measures', rows: [measure('moveOutHouseholds', 'count', households), measure('moveOutPeople', 'count', people)] });
    return tables;
  }
  const now_ = await housingIndicators(db, settings, now);
  const { beds, occupied } = now_.occupancy;
  tables.unshift({
    id: 'housingSummary',
    kind: 'measures',
    rows: [
      measure('moveOutHouseholds', 'count', households),
      measure('moveOutPeople', 'count', people),
      // Over every finished case so far: the number of cases is not published, the median names nobody.
      measure('medianMonths', 'months', now_.medianMonthsInAccommodation, { base: null }),
      measure('beds', 'count', beds, { notPeople: true }),
      measure('occupied', 'count', occupied),
      measure('occupancyShare', 'percent', beds === 0 ? null : Math.round((occupied / beds) * 100), { base: occupied }),
      measure('forecastBasis', 'count', now_.forecastBasis, { notPeople: true }),
    ],
  });
  tables.push(
    { id: 'pipeline', kind: 'breakdown', rows: now_.pipeline.map((p) => ({ key: p.stage, label: stageLabel(p.stage), unit: 'count', value: p.cases })) },
    { id: 'daysPerStage', kind: 'measures', rows: now_.medianDaysPerStage.map((s) => ({ key: s.stage, label: stageLabel(s.stage), unit: 'days', value: s.days, base: null })) },
    {
      id: 'daysPerActor',
      kind: 'measures',
      rows: now_.daysPerActor.map((a) => ({
        key: a.actor,
        label: { key: `housing:actor.${a.actor}` },
        unit: 'days',
        value: a.requests === 0 ? null : Math.round((a.days / a.requests) * 10) / 10,
        base: a.requests,
      })),
    },
    {
      // An estimate of places, not people who could be told apart.
      id: 'forecast',
      kind: 'measures',
      rows: now_.forecast.map((f) => ({ key: f.month, label: { text: { de: f.month } }, unit: 'number', value: f.fromSignedLeases + f.estimated, notPeople: true })),
    },
  );
  return tables;
};
