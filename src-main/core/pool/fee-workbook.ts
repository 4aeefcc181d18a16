import ExcelJS from 'exceljs';
import type { FileDownload } from '../../contract/files';
import type { FeeStatement } from '../../contract/pool';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

/** German labels: statements go to the pool's accounting, which works in German (like the CSV). */
const STATUS_DE: Record<string, string> = { done: 'durchgeführt', cancelled: 'abgesagt', noShow: 'nicht erschienen' };
const EURO = '#,##0.00 "€"';
const HEADER = ['Einsatz', 'Datum', 'Beginn', 'Dauer (Min.)', 'Status', 'Honorar', 'km', 'Fahrtkosten', 'Ausfallhonorar', 'Summe'];


/**
 * The month's fee statements as a workbook, one sheet each: amounts are numbers in euros with a
 * euro format (so accounting can add them up), the totals row holds SUM formulas with their
 * results, so the file shows correct totals even in viewers that do not recalculate.
 */
export async function feeWorkbook(statements: FeeStatement[], createdAt: Date, fileName: string): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  workbook.created = createdAt;
  const used = new Set<string>();
  for (const s of statements) {
    const sheet = workbook.addWorksheet(uniqueSheetName(s.nameLatin.trim() || `Sprachmittler ${s.interpreterId}`, used));
    sheet.addRow(['Honorarabrechnung', s.month]).font = { bold: true, size: 13 };
    sheet.addRow(['Sprachmittler*in', s.nameLatin, s.nameNative !== s.nameLatin ? s.nameNative : '']);
    sheet.addRow([]);
    const header = sheet.addRow(HEADER);
    header.font = { bold: true };
    const first = header.number + 1;
    for (const l of s.lines) {
      const [date = '', time = ''] = l.start.split('T');
      const [y, m, d] = date.split('-').map(Number);
      sheet.addRow([
        l.assignmentId,
        new Date(Date.UTC(y!, m! - 1, d!)),
        time,
        l.minutes,
        STATUS_DE[l.status] ?? l.status,
        l.timeCents / 100,
        l.travelKm,
        l.travelCents / 100,
        l.status === 'done' ? 0 : l.timeCents / 100,
        l.totalCents / 100,
      ]);
    }
    const last = first + s.lines.length - 1;
    const total = (column: string, result: number) =>
      s.lines.length === 0 ? result : { formula: `SUM(${column}${first}:${column}${last})`, result };
    const t = s.totals;
    const totals = sheet.addRow([
      'Summe', null, null,
      total('D', t.minutes), null,
      total('F', t.timeCents / 100),
      total('G', t.travelKm),
      total('H', t.travelCents / 100),
      total('I', t.cancellationCents / 100),
      total('J', t.totalCents / 100),
    ]);
    totals.font = { bold: true };
    sheet.getColumn(2).numFmt = 'dd.mm.yyyy';
    for (const c of [6, 8, 9, 10]) sheet.getColumn(c).numFmt = EURO;
    sheet.columns.forEach((column, i) => (column.width = [9, 12, 8, 12, 16, 12, 7, 12, 14, 12][i] ?? 12));
  }
  if (statements.length === 0) workbook.addWorksheet('Honorare');
  return workbookDownload(workbook, fileName);
}
