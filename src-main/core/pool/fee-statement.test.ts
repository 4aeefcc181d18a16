import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { textOf } from '../testing/files';
import { workHours } from '../testing/staff';

/** The words the fee page sends in German (locales/de/pool.json). */
const GERMAN_CSV_WORDS = {
  assignment: 'Einsatz-Nr.',
  start: 'Termin',
  status: 'Status',
  minutes: 'Minuten',
  fee: 'Honorar EUR',
  km: 'km',
  travel: 'Fahrtkosten EUR',
  lateCancellation: 'Kurzfristige Absage',
  total: 'Summe EUR',
  sum: 'Summe',
  yes: 'ja',
  no: 'nein',
  statuses: { done: 'Erledigt', cancelled: 'Abgesagt', noShow: 'Nicht erschienen' },
};

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

/** The workbook's bytes as the ArrayBuffer that ExcelJS reads. */
function fromBase64(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function confirmed(interpreterId: number, req: number, start: string, over: Record<string, unknown> = {}): Promise<number> {
  const [id] = (await t.must('pool.bookingCreate', booking(req, start, over))).ids;
  await t.must('pool.assignmentPropose', { id: id!, interpreterId });
  await t.must('pool.assignmentConfirm', { id: id! });
  return id!;
}

describe('fee statement of one interpreter for one month', () => {
  it('adds hours, travel and a late cancellation as worked out by hand', async () => {
    // Clock: Mon 23 Nov 2026, 09:00 in Rheine.
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const a = await confirmed(laila.id, req, '2026-11-23T10:00', { durationMinutes: 90 });
    const b = await confirmed(laila.id, req, '2026-11-23T13:00', { durationMinutes: 60, setting: 'phone', address: '' });
    const c = await confirmed(laila.id, req, '2026-11-24T08:00', { durationMinutes: 120 });
    const d = await confirmed(laila.id, req, '2026-11-26T10:00', { durationMinutes: 60 });
    // Early cancellation (3 days ahead): not paid.
    await t.must('pool.assignmentCancel', { id: d, by: 'requester', reason: '' });
    // At 10:00 on the 23rd, the practice cancels tomorrow 08:00 (22 h ahead): late.
    await workHours(t, 1);
    const late = await t.must('pool.assignmentCancel', { id: c, by: 'requester', reason: '' });
    expect(late.lateCancellation).toBe(true);
    await workHours(t, 5);
    await t.must('pool.assignmentComplete', { id: a, actualMinutes: 100, travelKm: 14 });
    await t.must('pool.assignmentComplete', { id: b, actualMinutes: null, travelKm: null });

    const s = await t.must('pool.feeStatement', { interpreterId: laila.id, month: '2026-11' });
    // a: 100 min on site → 20 € + 2 started half hours × 10 € = 40 €; 14 km × 0.28 € = 3.92 €.
    // b: 60 min by phone → 20 €; no travel.
    // c: 120 min booked, cancelled 22 h ahead → booked time up to 1 h → 20 €.
    // d: cancelled 3 days ahead → nothing, not listed.
    // Total: 40 + 3.92 + 20 + 20 = 83.92 €.
    expect(s.lines.map((l) => [l.assignmentId, l.minutes, l.timeCents, l.travelKm, l.travelCents, l.totalCents])).toEqual([
      [a, 100, 4000, 14, 392, 4392],
      [b, 60, 2000, 0, 0, 2000],
      [c, 60, 2000, 0, 0, 2000],
    ]);
    expect(s.totals).toEqual({ minutes: 220, timeCents: 8000, travelKm: 14, travelCents: 392, cancellationCents: 2000, totalCents: 8392 });

    const csv = await t.must('pool.feeStatementExport', { interpreterId: laila.id, month: '2026-11', texts: GERMAN_CSV_WORDS });
    expect(csv.fileName).toBe('honorar-Laila-Haddad-2026-11.csv');
    const bytes = Buffer.from(csv.base64, 'base64');
    // UTF-8 with a byte-order mark, CRLF line ends: German Excel reads it as UTF-8, one row per line.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(textOf(csv).split('\r\n').length).toBe(6);
    expect(textOf(csv).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Read the way German Excel does: `;` between fields, a comma before decimals.
    const parsed = Papa.parse<string[]>(textOf(csv).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const table = parsed.data;
    expect(table[0]).toEqual(['Einsatz-Nr.', 'Termin', 'Status', 'Minuten', 'Honorar EUR', 'km', 'Fahrtkosten EUR', 'Kurzfristige Absage', 'Summe EUR']);
    expect(table.every((row) => row.length === 9)).toBe(true);
    const excelNumber = (cell: string) => Number(cell.replace(',', '.'));
    expect(table.slice(1, 4).map((r) => [Number(r[0]), r[1], r[2], excelNumber(r[4]!), excelNumber(r[6]!), r[7], excelNumber(r[8]!)])).toEqual([
      [a, '23.11.2026 10:00', 'Erledigt', 40, 3.92, 'nein', 43.92],
      [b, '23.11.2026 13:00', 'Erledigt', 20, 0, 'nein', 20],
      [c, '24.11.2026 08:00', 'Abgesagt', 20, 0, 'ja', 20],
    ]);
    expect(table[4]).toEqual(['Summe', '', '', '220', '80,00', '14', '3,92', '20,00', '83,92']);

    // The same statement as XLSX, read back: amounts are numbers in euros, the totals row adds up.
    const xlsx = await t.must('pool.feeStatementXlsx', { interpreterId: laila.id, month: '2026-11' });
    expect(xlsx.fileName).toBe('honorar-Laila-Haddad-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fromBase64(xlsx.base64));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Laila Haddad']);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const value = (cell: unknown) => (cell !== null && typeof cell === 'object' && 'result' in cell ? (cell as { result: unknown }).result : cell);
    const lineRows = rows.filter((r) => typeof r[1] === 'number');
    expect(lineRows.map((r) => [r[1], r[3], r[4], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      [a, '10:00', 100, 40, 14, 3.92, 0, 43.92],
      [b, '13:00', 60, 20, 0, 0, 0, 20],
      [c, '08:00', 60, 20, 0, 0, 20, 20],
    ]);
    const totals = rows.find((r) => r[1] === 'Summe')!;
    expect([4, 6, 7, 8, 9, 10].map((i) => value(totals[i]))).toEqual([220, 80, 14, 3.92, 20, 83.92]);
    expect((totals[10] as { formula: string }).formula).toMatch(/^SUM\(J\d+:J\d+\)$/);
    expect(sheet.getCell(`J${sheet.rowCount}`).numFmt).toContain('€');
    expect(lineRows[0]![2]).toEqual(new Date(Date.UTC(2026, 10, 23)));
    expect(rows[0]![1]).toBe('Honorarabrechnung');

    // A coordinator working in English gets the workbook's texts in English.
    await t.must('settings.updateMine', { uiLanguage: 'en' });
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(fromBase64((await t.must('pool.feeStatementXlsx', { interpreterId: laila.id, month: '2026-11' })).base64));
    const englishRows = english.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(englishRows[0]![1]).toBe('Fee statement');
    expect(englishRows.find((r) => r[1] === 'Assignment')!.slice(1)).toEqual(['Assignment', 'Date', 'Start', 'Duration (min)', 'Status', 'Fee', 'km', 'Travel costs', 'Cancellation fee', 'Total']);
    expect(englishRows.filter((r) => typeof r[1] === 'number').map((r) => r[5])).toEqual(['done', 'done', 'cancelled']);
    expect(englishRows.some((r) => r[1] === 'Total')).toBe(true);

    // The whole month: one sheet per interpreter paid that month, ordered by name.
    const omar = await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Omar Khalil', nameNative: 'عمر خليل' }));
    const e = await confirmed(omar.id, req, '2026-11-25T10:00');
    await workHours(t, 60);
    await t.must('pool.assignmentComplete', { id: e, actualMinutes: null, travelKm: null });
    const all = await t.must('pool.feeStatementXlsx', { interpreterId: null, month: '2026-11' });
    const month = new ExcelJS.Workbook();
    await month.xlsx.load(fromBase64(all.base64));
    expect(month.worksheets.map((w) => w.name)).toEqual(['Laila Haddad', 'Omar Khalil']);
  });
});
