import type { ReportCell } from '../../contract';
import type { HousingIndicators, HousingIndicatorsView } from '../../contract/housing';
import { isSmall, suppressLine, type CellMark } from '../reports/suppression';

const shown = (value: number): ReportCell => ({ value, mark: 'shown' });
const masked = (mark: ReportCell['mark']): ReportCell => ({ value: null, mark });
const cellOf = (value: number, mark: CellMark): ReportCell => (mark === 'shown' ? shown(value) : masked(mark));
const count = (value: number, threshold: number): ReportCell => (isSmall(value, threshold) ? masked('small') : shown(value));

/**
 * The housing indicators as the module's own page and workbook publish them (HousingIndicatorsView).
 * The pipeline adds up to the open cases, a number every caseworker knows from the case list, so
 * it is suppressed as a line with its total known; the others are counts without a published total.
 */
export function publishHousingIndicators(raw: HousingIndicators, threshold: number): HousingIndicatorsView {
  const pipeline = suppressLine(
    raw.pipeline.map((p) => p.cases),
    threshold,
  );
  return {
    threshold,
    medianMonthsInAccommodation: raw.medianMonthsInAccommodation,
    medianDaysPerStage: raw.medianDaysPerStage,
    forecastBasis: raw.forecastBasis,
    moveOutsPerQuarter: raw.moveOutsPerQuarter.map((q) => ({
      quarter: q.quarter,
      households: count(q.households, threshold),
      people: q.households > 0 && isSmall(q.households, threshold) ? masked('hidden') : count(q.people, threshold),
    })),
    // With every cell suppressed and the line still unsafe the total is small: each small cell stays "< 5".
    pipeline: raw.pipeline.map((p, i) => ({ stage: p.stage, cases: cellOf(p.cases, pipeline.cells[i]!) })),
    daysPerActor: raw.daysPerActor.map((a) => ({
      actor: a.actor,
      requests: count(a.requests, threshold),
      days: isSmall(a.requests, threshold) ? masked('fewCases') : shown(a.days),
    })),
    occupancy: { beds: raw.occupancy.beds, occupied: count(raw.occupancy.occupied, threshold) },
    forecast: raw.forecast.map((f) => ({ month: f.month, fromSignedLeases: count(f.fromSignedLeases, threshold), estimated: f.estimated })),
  };
}
