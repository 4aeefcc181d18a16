import ExcelJS from 'exceljs';
import type { Report, ReportCell } from '../../contract';
import type { FileDownload } from '../../contract/files';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

/**
 * A published report as an XLSX workbook: a cover sheet and one sheet per table, numbers as
 * numbers (Excel can sum and chart them), suppressed cells as the same words the screen shows
 * ("< 5", "x"). Built from the published report only, so nothing suppressed reaches the file.
 * `texts` are the screen's words in the user's language (see contract/reports.ts).
 */
export async function reportWorkbook(report: Report, texts: Readonly<Record<string, string>>, rightToLeft: boolean, fileName: string): Promise<FileDownload> {
  const text = (key: string, fallback: string) => texts[key] ?? fallback;
  const cell = (c: ReportCell): string | number => {
    if (c.mark === 'shown') return c.value!;
    if (c.mark === 'small') return text('small', `< ${report.threshold}`);
    if (c.mark === 'hidden') return text('hidden', 'x');
    if (c.mark === 'fewCases') return text('fewCases', `n < ${report.threshold}`);
    return text('none', '–');
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  const taken = new Set<string>();
  const views = [{ rightToLeft }];

  const cover = workbook.addWorksheet(uniqueSheetName(text('sheetSummary', 'Bericht'), taken), { views });
  cover.addRows([
    [text('title', report.module)],
    [text('current', 'Zeitraum'), report.period.from, report.period.to],
    [text('previous', 'Vorzeitraum'), report.previous.from, report.previous.to],
    [text('suppressionNote', `< ${report.threshold}`)],
  ]);
  cover.getRow(1).font = { bold: true };
  cover.getColumn(1).width = 50;
  cover.getColumn(2).width = 14;
  cover.getColumn(3).width = 14;

  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(uniqueSheetName(text(`table.${table.id}`, table.id), taken), { views });
    sheet.addRow([text(`table.${table.id}`, table.id), text('current', 'Zeitraum'), text('previous', 'Vorzeitraum')]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([text(`row.${table.id}.${row.key}`, row.key), cell(row.current), cell(row.previous)]);
    if (table.total) sheet.addRow([text('total', 'Gesamt'), cell(table.total.current), cell(table.total.previous)]).font = { bold: true };
    sheet.getColumn(1).width = 50;
    sheet.getColumn(2).width = 14;
    sheet.getColumn(3).width = 14;
    sheet.getColumn(2).alignment = { horizontal: 'right' };
    sheet.getColumn(3).alignment = { horizontal: 'right' };
  }
  return workbookDownload(workbook, fileName);
}
