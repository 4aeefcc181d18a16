import { z } from 'zod';
import { ADMIN_ONLY, channel, type Access } from './channel';
import * as f from './fields';
import type { FileDownload } from './files';
import { moduleId, type ModuleId } from './modules';

/**
 * Council reports ("Wirkungsorientierung"): each switched-on module's indicators for a period
 * and the period before, aggregated only — never a name or a reference — with small counts
 * suppressed in the core, so no screen, chart or file can show what the core did not publish.
 */

/** The steering group and admins; working roles see their module's own indicator pages. */
export const REPORTING: Access = { kind: 'signedIn', roles: ['reporting', 'admin'] };

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A period: the month, quarter or year that contains `from`, or `from`…`to` (custom, both
 * inclusive). The period before is the one of the same kind just before it (for custom: as many
 * days, ending the day before `from`).
 */
export const reportPeriod = z
  .strictObject({ kind: z.enum(PERIOD_KINDS), from: f.localDate, to: f.localDate.optional() })
  .check((ctx) => {
    if (ctx.value.kind === 'custom' && ctx.value.to === undefined) {
      ctx.issues.push({ code: 'custom', message: 'validation:required', path: ['to'], input: ctx.value.to });
    }
  })
  .check((ctx) => {
    if (ctx.value.to !== undefined && ctx.value.to < ctx.value.from) {
      ctx.issues.push({ code: 'custom', message: 'validation:dateOrder', path: ['to'], input: ctx.value.to });
    }
  });
export type ReportPeriodInput = z.input<typeof reportPeriod>;

export const reportInput = z.strictObject({ module: moduleId, period: reportPeriod });

/** Text of the workbook in the user's language, keyed as the screen shows it (see ReportLabel). */
export const reportExportInput = z.strictObject({
  module: moduleId,
  period: reportPeriod,
  /** `table.<id>`, `row.<table>.<key>`, column headings (`measure`, `current`, `previous`, `total`), marks (`small`, `hidden`, `none`), `title`. */
  texts: z.record(z.string().max(120), z.string().max(300)),
  rightToLeft: z.boolean(),
});

/** Publication settings of the reports (admins): the small-count threshold, never below 3. */
export const MIN_SMALL_COUNT_THRESHOLD = 3;
export const reportSettingsInput = z.strictObject({
  smallCountThreshold: f.wholeNumber(MIN_SMALL_COUNT_THRESHOLD, 50),
  version: f.version,
});

/**
 * One published number. `small`: a count between 1 and threshold − 1 (shown as "< 5");
 * `hidden`: hidden so a small one cannot be worked out from a total (shown as "x"); `fewCases`: an
 * average or median over fewer than threshold cases; `none`: nothing to show (no data for it).
 * `value` is null unless the mark is `shown`.
 */
export type CellMark = 'shown' | 'small' | 'hidden' | 'fewCases' | 'none';
export interface ReportCell {
  value: number | null;
  mark: CellMark;
}

/**
 * How a row is named: an i18n key the renderer translates, an admin-defined label (language →
 * text, German required), or a language (ISO code, named by the browser's Intl) with a dialect.
 */
export type ReportLabel = { key: string } | { text: Record<string, string> } | { language: string; dialect?: string };

/** The measures reports name themselves, translated as `reports:measure.<key>`. */
export const REPORT_MEASURES = [
  'requests',
  'held',
  'hours',
  'cancelled',
  'lateCancelled',
  'noShow',
  'unmet',
  'activeInterpreters',
  'feedbackCount',
  'feedbackShare',
  'ratingOverall',
  'ratingAccuracy',
  'ratingRole',
  'ratingPunctuality',
  'ratingConfidentiality',
  'calls',
  'answeredInCall',
  'answeredInCallShare',
  'followedUp',
  'daysToFollowUp',
  'openFollowUps',
  'overdueFollowUps',
  'outreachCount',
  'notRouted',
  'unknownChannel',
  'moveOutHouseholds',
  'moveOutPeople',
  'medianMonths',
  'beds',
  'occupied',
  'occupancyShare',
  'forecastBasis',
] as const;
export const reportMeasureKey = (measure: (typeof REPORT_MEASURES)[number]): string => `reports:measure.${measure}`;

/** Every table of every module's report, headed `reports:table.<id>`. */
export const REPORT_TABLES = [
  'poolSummary',
  'byLanguage',
  'byDialect',
  'byTopic',
  'byRequesterType',
  'bySetting',
  'unmetByLanguage',
  'cancelledBy',
  'hotlineSummary',
  'callsByTopic',
  'callsByRouting',
  'callsByChannel',
  'outreachByChannel',
  'housingSummary',
  'moveOutsByQuarter',
  'pipeline',
  'daysPerStage',
  'daysPerActor',
  'forecast',
] as const;
export type ReportTableId = (typeof REPORT_TABLES)[number];
export const reportTableKey = (table: string): string => `reports:table.${table}`;

export const REPORT_UNITS = ['count', 'hours', 'days', 'months', 'rating', 'percent', 'number'] as const;
export type ReportUnit = (typeof REPORT_UNITS)[number];

export interface ReportRow {
  key: string;
  label: ReportLabel;
  unit: ReportUnit;
  current: ReportCell;
  previous: ReportCell;
}

export interface ReportTable {
  /** Unique within the module's report, e.g. `byLanguage`; heading `reports:table.<id>`. */
  id: ReportTableId;
  /** A breakdown adds up to its total and is drawn as a bar chart; a list of measures is a table only. */
  kind: 'breakdown' | 'measures';
  rows: ReportRow[];
  total: { current: ReportCell; previous: ReportCell } | null;
}

export interface Report {
  module: ModuleId;
  period: { kind: PeriodKind; from: string; to: string };
  previous: { from: string; to: string };
  threshold: number;
  tables: ReportTable[];
}

export interface ReportSettingsView {
  smallCountThreshold: number;
  version: number;
}

export const reportsChannels = {
  /** The modules the installation runs, each of which has a report. */
  'reports.modules': channel<ModuleId[]>()({ input: f.empty, access: REPORTING, kind: 'read' }),
  'reports.get': channel<Report>()({ input: reportInput, access: REPORTING, kind: 'read' }),
  /** The report as an XLSX workbook: numbers, not pictures, suppression applied. */
  'reports.exportXlsx': channel<FileDownload>()({ input: reportExportInput, access: REPORTING, kind: 'read' }),
  'reports.settingsGet': channel<ReportSettingsView>()({ input: f.empty, access: REPORTING, kind: 'read' }),
  'reports.settingsSave': channel<ReportSettingsView>()({ input: reportSettingsInput, access: ADMIN_ONLY, kind: 'write' }),
} as const;
