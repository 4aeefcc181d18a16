import ExcelJS from 'exceljs';
import { parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { MIME_TYPES, type FileDownload } from '../../contract/files';
import type { ListExportFormat, ListExportTexts } from '../../contract/list-export';
import type { SignedInContext } from '../router/context';
import { textDownload, uniqueSheetName, workbookDownload } from './file-download';
import { germanDate, germanExcelCsv } from './german-csv';
import { toLocalDate, toLocalDateTime } from '../time/local-time';

/**
 * One cell of an exported list, typed so each file gets it right: numbers stay numbers, a date
 * (wall-clock `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm`) becomes a real date in XLSX and dd.MM.yyyy in
 * CSV, a word (`{ word: key }`) is the screen's word for it in the user's language.
 */
export type ListCell = string | number | null | { date: string } | { word: string } | { words: ListWord[] };

/** A word of a list cell, with what was typed beside it where the screen shows it (a dialect: „Arabisch (Levantinisch)“). */
export type ListWord = string | { word: string; detail: string };

/** What a list's page is read with: the call's transaction, who reads (lists may show their own drafts), the clock's now. */
export interface ListRead {
  db: EntityManager;
  actorId: number;
  now: Date;
}

/** One page of a list as its service returns it. */
export interface ListPageOf<R> {
  rows: R[];
  total: number;
}

/**
 * How one list is exported: how a page is read with the list's own filter (the same service as
 * the screen, so the same rows and the same access), and how each column's cell is made from a row.
 */
export interface ListExportSpec<F, R, C extends string> {
  /** The audit entry's record kind (the list's own, as its `list` entry uses). */
  entity: string;
  /** The file's name without extension (ASCII; the date is added). */
  fileStem: string;
  pageSize: number;
  page(read: ListRead, filter: F, offset: number): Promise<ListPageOf<R>>;
  columns: Record<C, (row: R) => ListCell>;
  /** The filter as the audit may hold it: what was chosen, never a typed search text. */
  auditFilter(filter: F): Record<string, unknown>;
}

export interface ListExportRequest<F, C extends string> {
  format: ListExportFormat;
  filter: F;
  columns: readonly C[];
  texts: ListExportTexts;
}

/** Reads every page of the list with the filter, writes the file, audits the export (count and filter, no content). */
export async function exportList<F, R, C extends string>(
  ctx: SignedInContext,
  spec: ListExportSpec<F, R, C>,
  request: ListExportRequest<F, C>,
  now: Date,
): Promise<FileDownload> {
  const read: ListRead = { db: ctx.db, actorId: ctx.actor.id, now };
  const rows: R[] = [];
  for (let offset = 0; ; offset += spec.pageSize) {
    const page = await spec.page(read, request.filter, offset);
    rows.push(...page.rows);
    // A page shorter than asked, or everything counted: the list is complete.
    if (page.rows.length < spec.pageSize || rows.length >= page.total) break;
  }
  const header = request.columns.map((c) => request.texts.headers[c] ?? c);
  const cells = rows.map((row) => request.columns.map((c) => spec.columns[c](row)));
  const fileName = `${spec.fileStem}-${toLocalDate(now)}.${request.format}`;
  const file =
    request.format === 'csv'
      ? textDownload(germanExcelCsv([header, ...cells.map((r) => r.map((c) => csvCell(c, request.texts.words)))]), fileName, MIME_TYPES.csv)
      : await listWorkbook(request.texts.title, header, cells, request.texts.words, fileName);
  await ctx.audit({
    action: 'export',
    entity: spec.entity,
    details: { format: request.format, count: rows.length, filter: spec.auditFilter(request.filter), columns: [...request.columns] },
  });
  return file;
}

/** The screen's word for a key; a key the screen did not send (a stage added since) keeps its last part. */
const word = (key: string, words: Readonly<Record<string, string>>) => words[key] ?? key.slice(key.lastIndexOf('.') + 1);

function csvCell(cell: ListCell, words: Readonly<Record<string, string>>): string | number {
  if (cell === null) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return germanDate(cell.date);
  if ('word' in cell) return word(cell.word, words);
  return cell.words.map((w) => (typeof w === 'string' ? word(w, words) : w.detail ? `${word(w.word, words)} (${w.detail})` : word(w.word, words))).join(', ');
}

async function listWorkbook(
  title: string,
  header: string[],
  cells: ListCell[][],
  words: Readonly<Record<string, string>>,
  fileName: string,
): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  const sheet = workbook.addWorksheet(uniqueSheetName(title, new Set()), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of cells) {
    const added = sheet.addRow(row.map((c) => xlsxValue(c, words)));
    row.forEach((c, i) => {
      if (c !== null && typeof c === 'object' && 'date' in c) added.getCell(i + 1).numFmt = c.date.length > 10 ? 'dd.mm.yyyy hh:mm' : 'dd.mm.yyyy';
    });
  }
  header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, h.length + 2))));
  return workbookDownload(workbook, fileName);
}

/** A wall-clock date as Excel holds it: the same day and time, no time zone (exceljs writes UTC). */
function xlsxValue(cell: ListCell, words: Readonly<Record<string, string>>): string | number | Date | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) {
    const d = parseISO(cell.date);
    return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
  }
  return csvCell(cell, words);
}

/** A stored instant (`2026-11-23T09:00:00.000Z`) as the installation's wall-clock time, as the screen shows it. */
export function instantCell(iso: string | null): ListCell {
  return iso ? { date: toLocalDateTime(new Date(iso)).slice(0, 16) } : null;
}
