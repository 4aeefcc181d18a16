import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ReportCell } from '../../contract';
import type { FileDownload } from '../../contract/files';
import type { IndicatorsView, indicatorsExportInput } from '../../contract/hotline';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

type ExportInput = z.output<typeof indicatorsExportInput>;

/**
 * The hotline's indicators as an XLSX workbook in the user's language: one summary sheet and one
 * sheet per breakdown. Built from the published (suppressed) indicators only, so the file shows
 * exactly what the page shows: numbers as numbers, suppressed cells as "< 5" / "x".
 */
export async function indicatorsWorkbook(indicators: IndicatorsView, input: ExportInput): Promise<FileDownload> {
  const { texts } = input;
  const label = (id: number | null, none: string) => (id === null ? none : (input.labels[String(id)] ?? `#${id}`));
  const cell = (c: ReportCell): number | string => (c.mark === 'shown' ? c.value! : texts[c.mark]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  const taken = new Set<string>();
  const sheetName = (name: string) => uniqueSheetName(name, taken);

  const summary = workbook.addWorksheet(sheetName(texts.sheetSummary));
  summary.addRow([texts.measure, texts.value]);
  summary.addRows([
    [texts.from, input.from],
    [texts.to, input.to],
    [texts.totalCalls, cell(indicators.totalCalls)],
    [texts.answeredInCall, cell(indicators.answeredInCall)],
    [texts.followedUp, cell(indicators.followedUp)],
    [texts.averageDays, cell(indicators.averageDaysToFollowUp)],
    [texts.openFollowUps, cell(indicators.openFollowUps)],
    [texts.overdueFollowUps, cell(indicators.overdueFollowUps)],
  ]);
  summary.addRow([texts.suppressionNote]);
  summary.getColumn(1).width = 60;
  summary.getColumn(2).width = 14;

  const pivot = (name: string, table: { columns: (number | null)[]; rows: ReportCell[][] }, none: string) => {
    const sheet = workbook.addWorksheet(sheetName(name));
    sheet.addRow([texts.month, ...table.columns.map((k) => label(k, none)), texts.total]);
    indicators.months.forEach((month, m) => sheet.addRow([month, ...table.rows[m]!.map(cell), cell(indicators.monthTotals[m]!)]));
    sheet.columns.forEach((column) => (column.width = 22));
  };
  pivot(texts.sheetTopics, indicators.byTopic, texts.unknown);
  pivot(texts.sheetRouting, indicators.byRouting, texts.notRouted);

  const channels = workbook.addWorksheet(sheetName(texts.sheetChannels));
  channels.addRow([texts.channel, texts.calls, texts.outreachCount]);
  for (const r of indicators.callsByChannel) channels.addRow([label(r.channelId, texts.unknown), cell(r.calls), r.outreachCount]);
  channels.columns.forEach((column) => (column.width = 28));

  for (const sheet of workbook.worksheets) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return workbookDownload(workbook, `hotline-indicators-${input.from}-${input.to}.xlsx`);
}
