import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../testing/files';
import { startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

const HEADER = ['Name', 'Geschlecht', 'Sprachen', 'Telefon', 'Verschwiegenheit unterschrieben', 'Bemerkung'];
const MAPPING = { nameLatin: 0, gender: 1, languages: 2, phone: 3, confidentialitySignedOn: 4, notes: 5 };
const ROWS = [
  ['Jürgen Öztürk', 'm', 'Türkisch; Kurmanji', '05971 111', '01.03.2024', 'Fährt selbst'],
  ['Laila Haddad', 'weiblich', 'Arabisch (Levantinisch)', '05971 222', '2025-01-15', ''],
  // Bad: no languages; an unknown gender word; a date that does not exist.
  ['Ohne Sprache', 'w', '', '05971 333', '', ''],
  ['Kein Geschlecht', 'vielleicht', 'fa', '05971 444', '', ''],
  ['Falsches Datum', 'd', 'ti', '05971 555', '31.02.2024', ''],
  // Twice in the file: added once.
  ['Laila Haddad', 'w', 'ar', '05971 222', '', ''],
];

const base64 = (bytes: Buffer | ArrayBuffer) => Buffer.from(bytes as ArrayBuffer).toString('base64');
const csv = (rows: string[][], delimiter: string) => Papa.unparse(rows, { delimiter, newline: '\r\n' });

async function run(fileName: string, bytes: Buffer | ArrayBuffer, dryRun: boolean) {
  return t.must('imports.run', { target: 'pool.interpreters', fileName, base64: base64(bytes), mapping: MAPPING, dryRun });
}
const names = async () => (await t.must('pool.interpretersList', { search: '', status: null })).rows.map((i) => i.nameLatin).sort();

describe('importing the interpreter list', () => {
  it('reads a UTF-8 CSV with ";" (German Excel), checks it without writing, then takes the good rows in one go', async () => {
    const file = Buffer.from('\uFEFF' + csv([HEADER, ...ROWS], ';'), 'utf8');
    expect(await t.must('imports.read', { target: 'pool.interpreters', fileName: 'liste.csv', base64: base64(file) })).toEqual({
      columns: HEADER,
      rows: 6,
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      data: ROWS,
    });

    const check = await run('liste.csv', file, true);
    expect(check).toMatchObject({ dryRun: true, rows: 6, accepted: 2, duplicates: [7], imported: 0 });
    expect(check.rejected).toEqual([
      { line: 4, issues: [{ field: 'languages', message: 'pool:validation.languagesRequired' }] },
      { line: 5, issues: [{ field: 'gender', message: 'imports:invalidValue' }] },
      { line: 6, issues: [{ field: 'confidentialitySignedOn', message: 'validation:date' }] },
    ]);
    // The check (or cancelling after it) leaves nothing behind.
    expect(await names()).toEqual([]);

    const done = await run('liste.csv', file, false);
    expect(done).toMatchObject({ dryRun: false, accepted: 2, imported: 2 });
    expect(await names()).toEqual(['Jürgen Öztürk', 'Laila Haddad']);
    const list = await t.must('pool.interpretersList', { search: 'Jürgen', status: null });
    const juergen = await t.must('pool.interpreterGet', { id: list.rows[0]!.id });
    expect(juergen.languages.map((l) => [l.language, l.dialect])).toEqual([
      ['tr', ''],
      ['kmr', ''],
    ]);
    expect(juergen.confidentialitySignedOn).toBe('2024-03-01');
    expect(juergen.gender).toBe('male');

    // The same file again adds nothing: everyone is already there.
    const again = await run('liste.csv', file, false);
    expect(again).toMatchObject({ accepted: 0, imported: 0, duplicates: [2, 3, 7] });
    expect(await names()).toHaveLength(2);
  });

  it('reads Windows-1252 with "," as older Excel writes it', async () => {
    const file = Buffer.from(csv([HEADER, ROWS[0]!], ','), 'latin1');
    const read = await t.must('imports.read', { target: 'pool.interpreters', fileName: 'liste.csv', base64: base64(file) });
    expect(read).toMatchObject({ encoding: 'windows-1252', delimiter: ',', rows: 1 });
    await run('liste.csv', file, false);
    expect(await names()).toEqual(['Jürgen Öztürk']);
  });

  it('reads the first sheet of a workbook, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dolmetscher');
    sheet.addRow(HEADER);
    sheet.addRow(['Sara Rahimi', 'w', 'Farsi, Dari', 5971777, new Date(Date.UTC(2023, 5, 30)), '']);
    const file = await workbook.xlsx.writeBuffer();
    expect(await t.must('imports.read', { target: 'pool.interpreters', fileName: 'liste.xlsx', base64: base64(file) })).toMatchObject({ format: 'xlsx', rows: 1, columns: HEADER });
    await run('liste.xlsx', file, false);
    const [sara] = (await t.must('pool.interpretersList', { search: 'Sara', status: null })).rows;
    const view = await t.must('pool.interpreterGet', { id: sara!.id });
    expect(view.languages.map((l) => l.language)).toEqual(['fa', 'prs']);
    expect(view.confidentialitySignedOn).toBe('2023-06-30');
    expect(view.phone).toBe('5971777');
  });

  it('takes an 80-row list with three bad rows and reports them for download in the user’s words', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Person ${i + 1}`, i % 2 ? 'w' : 'm', 'ar', `0597 ${1000 + i}`, '', '']);
    rows[9]![2] = '';
    rows[39]![1] = '?';
    rows[79]![0] = '';
    const file = Buffer.from(csv([HEADER, ...rows], ';'), 'utf8');
    const result = await run('achtzig.csv', file, false);
    expect(result).toMatchObject({ rows: 80, accepted: 77, imported: 77, duplicates: [] });
    expect(result.rejected.map((r) => r.line)).toEqual([11, 41, 81]);
    expect(await names()).toHaveLength(77);

    const report = await t.must('imports.rejectedReport', {
      rows: result.rejected.map((r) => ({ line: r.line, reasons: r.issues.map((i) => `${i.field}: ${i.message}`).join('; ') })),
      texts: { line: 'Zeile', reasons: 'Gründe' },
    });
    const parsed = Papa.parse<string[]>(textOf(report).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['Zeile', 'Gründe']);
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(['11', '41', '81']);
  });

  it('refuses a mapping without a required column, naming the field', async () => {
    const file = Buffer.from(csv([HEADER, ROWS[0]!], ';'), 'utf8');
    expect(
      await t.call('imports.run', { target: 'pool.interpreters', fileName: 'x.csv', base64: base64(file), mapping: { ...MAPPING, languages: null }, dryRun: true }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'mapping.languages', message: 'imports:columnRequired' }] } } });
  });
});
