import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { FileDownload } from '../../contract/files';
import type { Indicators, indicatorsExportInput } from '../../contract/hotline';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

type ExportInput = z.output<typeof indicatorsExportInput>;


/**
 * The hotline's indicators as an XLSX workbook in the user's language: one summary sheet and one
 * sheet per breakdown. Built from the aggregated indicators only, so no name, note or free text
 * of a call can end up in the file.
 */
export async function indicatorsWorkbook(indicators: Indicators, input: ExportInput): Promise<FileDownload> {
  const { texts } = input;
  const label = (id: number | null, none: string) => (id === null ? none : (input.labels[String(id)] ?? `#${id}`));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  const taken = new Set<string>();
  const sheetName = (name: string) => uniqueSheetName(name, taken);

  const summary = workbook.addWorksheet(sheetName(texts.sheetSummary));
  summary.addRow([texts.measure, texts.value]);
  summary.addRows([
    [texts.from, input.from],
    [texts.to, input.to],
    [texts.totalCalls, indicators.totalCalls],
    [texts.answeredInCall, indicators.answeredInCall],
    [texts.followedUp, indicators.followedUp],
    [texts.averageDays, indicators.averageDaysToFollowUp],
    [texts.openFollowUps, indicators.openFollowUps],
    [texts.overdueFollowUps, indicators.overdueFollowUps],
  ]);
  summary.getColumn(1).width = 60;
  summary.getColumn(2).width = 14;

  const pivot = (name: string, rows: { month: string; key: number | null; count: number }[], none: string) => {
    const sheet = workbook.addWorksheet(sheetName(name));
    const months = [...new Set(rows.map((r) => r.month))];
    const keys = [...new Set(rows.map((r) => r.key))];
    sheet.addRow([texts.month, ...keys.map((k) => label(k, none))]);
    for (const month of months) {
      sheet.addRow([month, ...keys.map((k) => rows.find((r) => r.month === month && r.key === k)?.count ?? 0)]);
    }
    sheet.columns.forEach((column) => (column.width = 22));
  };
  pivot(texts.sheetTopics, indicators.callsByMonthTopic.map((r) => ({ month: r.month, key: r.topicId, count: r.count })), texts.unknown);
  pivot(texts.sheetRouting, indicators.callsByMonthRouting.map((r) => ({ month: r.month, key: r.routingId, count: r.count })), texts.notRouted);

  const channels = workbook.addWorksheet(sheetName(texts.sheetChannels));
  channels.addRow([texts.channel, texts.calls, texts.outreachCount]);
  for (const r of indicators.callsByChannel) channels.addRow([label(r.channelId, texts.unknown), r.calls, r.outreachCount]);
  channels.columns.forEach((column) => (column.width = 28));

  for (const sheet of workbook.worksheets) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return workbookDownload(workbook, `hotline-indicators-${input.from}-${input.to}.xlsx`);
}
