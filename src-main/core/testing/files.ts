import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FileDownload } from '../../contract/files';

/** The text of a CSV or iCalendar download, as a spreadsheet or calendar program reads its bytes. */
export function textOf(file: FileDownload): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

/** An XLSX download opened again, as Excel would open the file. */
export async function workbookOf(file: FileDownload): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/**
 * A German CSV export read the way German Excel reads it: UTF-8 after the BOM, `;` between
 * fields (papaparse, not our own splitting), so a test sees the columns Excel would show.
 */
export function germanCsvRows(file: FileDownload): string[][] {
  const text = textOf(file);
  if (!text.startsWith('\uFEFF')) throw new Error('no byte-order mark: Excel would read Windows-1252');
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(parsed.errors[0]!.message);
  return parsed.data;
}

/** The first sheet of an XLSX download as rows of cell values (dates as Date, numbers as numbers). */
export async function sheetRows(file: FileDownload): Promise<unknown[][]> {
  const sheet = (await workbookOf(file)).worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i + 1] ?? null));
  });
  return rows;
}
