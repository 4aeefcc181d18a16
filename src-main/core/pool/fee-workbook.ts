import ExcelJS from 'exceljs';
import type { FileDownload } from '../../contract/files';
import type { FeeStatement } from '../../contract/pool';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';
import type { serverT } from '../i18n/server-t';

const EURO = '#,##0.00 "€"';
const COLUMNS = [
  'server:fee.columns.assignment',
  'server:fee.columns.date',
  'server:fee.columns.start',
  'server:fee.columns.minutes',
  'server:fee.columns.status',
  'server:fee.columns.fee',
  'server:fee.columns.km',
  'server:fee.columns.travel',
  'server:fee.columns.cancellation',
  'server:fee.columns.total',
] as const;
const STATUS: Partial<Record<string, string>> = { done: 'server:fee.status.done', cancelled: 'server:fee.status.cancelled', noShow: 'server:fee.status.noShow' };

/**
 * The month's fee statements as a workbook, one sheet each: amounts are numbers in euros with a
 * euro format (so accounting can add them up), the totals row holds SUM formulas with their
 * results, so the file shows correct totals even in viewers that do not recalculate. Its texts are
 * in the language of the person exporting (`t`).
 */
export async function feeWorkbook(statements: FeeStatement[], createdAt: Date, fileName: string, t: ReturnType<typeof serverT>): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  workbook.created = createdAt;
  const used = new Set<string>();
  for (const s of statements) {
    const sheet = workbook.addWorksheet(uniqueSheetName(s.nameLatin.trim() || t('server:fee.sheet', { id: s.interpreterId }), used));
    sheet.addRow([t('server:fee.title'), s.month]).font = { bold: true, size: 13 };
    sheet.addRow([t('server:fee.interpreter'), s.nameLatin, s.nameNative !== s.nameLatin ? s.nameNative : '']);
    sheet.addRow([]);
    const header = sheet.addRow(COLUMNS.map((key) => t(key)));
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
        (STATUS[l.status] ? t(STATUS[l.status]!) : l.status),
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
    const sum = s.totals;
    const totals = sheet.addRow([
      t('server:fee.total'), null, null,
      total('D', sum.minutes), null,
      total('F', sum.timeCents / 100),
      total('G', sum.travelKm),
      total('H', sum.travelCents / 100),
      total('I', sum.cancellationCents / 100),
      total('J', sum.totalCents / 100),
    ]);
    totals.font = { bold: true };
    sheet.getColumn(2).numFmt = 'dd.mm.yyyy';
    for (const c of [6, 8, 9, 10]) sheet.getColumn(c).numFmt = EURO;
    sheet.columns.forEach((column, i) => (column.width = [9, 12, 8, 12, 16, 12, 7, 12, 14, 12][i] ?? 12));
  }
  if (statements.length === 0) workbook.addWorksheet(t('server:fee.emptySheet'));
  return workbookDownload(workbook, fileName);
}
