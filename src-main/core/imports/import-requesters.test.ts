import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPoolCore } from '../testing/pool-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

const HEADER = ['Stelle', 'Art', 'Geschult', 'Adresse', 'Telefon', 'Ansprechperson', 'Tel. Ansprechperson', 'E-Mail Ansprechperson'];
const MAPPING = { name: 0, requesterType: 1, trained: 2, address: 3, phone: 4, contactName: 5, contactPhone: 6, contactEmail: 7 };
const ROWS = [
  ['Hausarztpraxis Dr. Öztürk', 'Praxis', 'ja', 'Emsstraße 3, 48431 Rheine', '05971 1111', 'Frau Jürgens', '05971 1112', 'juergens@praxis.example'],
  ['Mathias-Spital', 'Klinik', 'nein', 'Frankenburgstraße 31', '05971 420', '', '', ''],
  ['Sprachcafé', 'Café', 'ja', '', '', '', '', ''],
  ['Grundschule Dorenkamp', 'Schule', '', '', '', 'Herr Möller', '', ''],
];
const base64 = (data: ArrayBuffer | Buffer) => Buffer.from(data as ArrayBuffer).toString('base64');

describe('importing the requester list (with contact persons)', () => {
  const run = (fileName: string, file: Buffer | ArrayBuffer, dryRun: boolean) =>
    t.must('imports.run', { target: 'pool.requesters', fileName, base64: base64(file), mapping: MAPPING, dryRun });

  it('takes a UTF-8 list with ";" in with its contacts, names the bad kind, and adds nothing the second time', async () => {
    const file = Buffer.from('\uFEFF' + Papa.unparse([HEADER, ...ROWS], { delimiter: ';', newline: '\r\n' }), 'utf8');
    const dry = await run('stellen.csv', file, true);
    expect(dry).toMatchObject({ rows: 4, accepted: 3, imported: 0 });
    expect((await t.must('pool.requestersList', { search: '' })).rows).toEqual([]);

    const result = await run('stellen.csv', file, false);
    expect(result).toMatchObject({ rows: 4, accepted: 3, imported: 3, duplicates: [] });
    // The kind "Café" is none the pool knows: line 4 (the header is line 1), named by its field.
    expect(result.rejected).toEqual([{ line: 4, issues: [{ field: 'requesterType', message: expect.any(String) }] }]);
    const list = (await t.must('pool.requestersList', { search: '' })).rows;
    const praxis = list.find((r) => r.name === 'Hausarztpraxis Dr. Öztürk')!;
    expect(praxis).toMatchObject({ type: 'practice', trained: true, address: 'Emsstraße 3, 48431 Rheine', phone: '05971 1111' });
    expect(praxis.contacts).toMatchObject([{ name: 'Frau Jürgens', phone: '05971 1112', email: 'juergens@praxis.example' }]);
    expect(list.find((r) => r.name === 'Mathias-Spital')).toMatchObject({ type: 'hospital', trained: false, contacts: [] });
    expect(list.find((r) => r.name === 'Grundschule Dorenkamp')!.contacts).toMatchObject([{ name: 'Herr Möller' }]);

    const again = await run('stellen.csv', file, false);
    expect(again).toMatchObject({ imported: 0, duplicates: [2, 3, 5] });
    expect((await t.must('pool.requestersList', { search: '' })).rows).toHaveLength(3);
  });

  it('reads Windows-1252 with "," and XLSX alike, and refuses a contact without a name by its column', async () => {
    const rows = [ROWS[0]!, ['Beratungsstelle Süd', 'Beratung', 'x', '', '', '', '05971 99', '']];
    const latin = Buffer.from(Papa.unparse([HEADER, ...rows], { delimiter: ',', newline: '\r\n' }), 'latin1');
    expect(await t.must('imports.read', { target: 'pool.requesters', fileName: 'stellen.csv', base64: base64(latin) })).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    const result = await run('stellen.csv', latin, false);
    expect(result).toMatchObject({ accepted: 1, imported: 1 });
    expect(result.rejected).toEqual([{ line: 3, issues: [{ field: 'contactName', message: expect.any(String) }] }]);
    expect(((await t.must('pool.requestersList', { search: '' })).rows).map((r) => r.name)).toEqual(['Hausarztpraxis Dr. Öztürk']);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Stellen');
    sheet.addRows([HEADER, ...ROWS]);
    const xlsx = await workbook.xlsx.writeBuffer();
    const fromXlsx = await run('stellen.xlsx', xlsx, false);
    // The practice is in already; the clinic and the school are new; the café is refused again.
    expect(fromXlsx).toMatchObject({ rows: 4, imported: 2, duplicates: [2] });
    expect((await t.must('pool.requestersList', { search: '' })).rows).toHaveLength(3);
  });
});
