import { format } from 'date-fns';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../errors';

export interface Table {
  rows: string[][];
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
}

const isZip = (bytes: Buffer) => bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * A list as people keep it: the first sheet of an XLSX workbook (exceljs), or a CSV (papaparse)
 * as German Excel writes it — `;` or `,`, UTF-8 (with or without BOM) or Windows-1252. Blank rows
 * are dropped; every cell is text (dates of a workbook as `yyyy-MM-dd`).
 */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return readWorkbook(bytes);
  return readCsv(bytes);
}

async function readWorkbook(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID_INPUT', 'not a readable workbook', { issues: [{ path: 'base64', message: 'imports:unreadableFile' }] });
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return { rows: rows.filter((r) => r.some((c) => c.trim() !== '')), format: 'xlsx', encoding: null, delimiter: null };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // Excel keeps dates as serials that exceljs hands over as UTC midnight.
  if (value instanceof Date) return format(new Date(value.getTime() + value.getTimezoneOffset() * 60_000), 'yyyy-MM-dd');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

function readCsv(bytes: Buffer): Table {
  let text: string;
  let encoding: Table['encoding'];
  try {
    // Strict UTF-8 first: Windows-1252 umlauts (single bytes ≥ 0x80) are never valid UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  text = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  if (parsed.errors.some((e) => e.type === 'Quotes')) {
    throw new AppError('INVALID_INPUT', 'unbalanced quotes', { issues: [{ path: 'base64', message: 'imports:unreadableFile' }] });
  }
  return { rows: parsed.data, format: 'csv', encoding, delimiter: parsed.meta.delimiter };
}
