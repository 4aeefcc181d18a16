import type { EntityManager } from 'typeorm';
import type { ReportLabel, ReportUnit } from '../../contract';
import type { ReportTableId } from '../../contract/reports';
import type { DateSpan } from './period';

/**
 * What a module's report builder returns for one period, before publication: raw numbers. The
 * core (publish.ts) pairs the period with the one before and suppresses small counts, so no
 * module can forget to.
 */
export interface RawRow {
  key: string;
  label: ReportLabel;
  unit: ReportUnit;
  /** null: not known for this period (e.g. a current state asked of a past period). */
  value: number | null;
  /**
   * For an average, median or share: how many cases it rests on (suppressed below the
   * threshold). Absent for a count, which is itself suppressed when small, and for numbers that
   * count no people (flyers handed out, beds).
   */
  base?: number | null;
  /** A count of things, not people (beds, flyers): published as it is. */
  notPeople?: boolean;
}

export interface RawTable {
  id: ReportTableId;
  /** A breakdown's rows are counts of people that add up to its total; measures are independent numbers. */
  kind: 'breakdown' | 'measures';
  rows: RawRow[];
  /**
   * The measures row (by key) that publishes this breakdown's total elsewhere in the report: when
   * the breakdown has to hide its total, that row is hidden too.
   */
  totalRow?: string;
}

export interface ReportContext {
  now: Date;
  /** True when building the period before (current-state numbers are then unknown). */
  previous: boolean;
}

/** A module's council report: raw tables for one period; aggregated in SQL, never a name. */
export type ReportBuilder = (db: EntityManager, period: DateSpan, context: ReportContext) => Promise<RawTable[]>;
