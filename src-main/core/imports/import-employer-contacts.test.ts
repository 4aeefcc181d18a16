import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hotlineCore } from '../testing/hotline-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const HEADER = ['Firma', 'PLZ', 'Ort', 'Ansprechperson', 'Funktion', 'Telefon', 'E-Mail'];
const MAPPING = { name: 0, postcode: 1, city: 2, contactName: 3, contactRole: 4, contactPhone: 5, contactEmail: 6 };
// One person per line, as employer lists are kept: the bakery has two, the carrier one, the care service none.
const ROWS = [
  ['Bäckerei Müller GmbH', '48431', 'Rheine', 'Frau Öztürk', 'Inhaberin', '05971 1', 'oeztuerk@baeckerei.example'],
  ['Bäckerei Müller GmbH', '48431', 'Rheine', 'Herr Groß', 'Personal', '05971 2', ''],
  ['Spedition Weg', '48432', 'Rheine', 'Frau Jäger', '', '', 'kein-at-zeichen'],
  ['Pflegedienst Sonnenschein', '48432', 'Rheine', '', '', '', ''],
  ['Logistik Nord', '48429', 'Rheine', '', 'Disponent', '05971 3', ''],
];
const base64 = (data: ArrayBuffer | Buffer) => Buffer.from(data as ArrayBuffer).toString('base64');

describe('importing employers with their contact persons', () => {
  const run = (fileName: string, file: Buffer | ArrayBuffer, dryRun = false) =>
    t.must('imports.run', { target: 'hotline.employers', fileName, base64: base64(file), mapping: MAPPING, dryRun });
  const employers = async () => {
    const list = await t.must('hotline.employersList', { query: '', page: 1 });
    return Promise.all(list.items.map((e) => t.must('hotline.employerGet', { id: e.id })));
  };
  const contactsOf = async (name: string) => ((await employers()).find((e) => e.name === name)?.contacts ?? []).map((c) => c.name).sort();

  it('takes a UTF-8 list with ";": a second line of the same company adds its contact, bad contacts are named by column', async () => {
    const file = Buffer.from('\uFEFF' + Papa.unparse([HEADER, ...ROWS], { delimiter: ';', newline: '\r\n' }), 'utf8');
    const result = await run('arbeitgeber.csv', file);
    expect(result).toMatchObject({ rows: 5, accepted: 3, imported: 3, duplicates: [] });
    expect(result.rejected).toEqual([
      { line: 4, issues: [{ field: 'contactEmail', message: 'hotline:validation.email' }] },
      { line: 6, issues: [{ field: 'contactName', message: expect.stringMatching(/^validation:/) }] },
    ]);
    const held = await employers();
    expect(held.map((e) => e.name).sort()).toEqual(['Bäckerei Müller GmbH', 'Pflegedienst Sonnenschein']);
    expect(held.find((e) => e.name === 'Bäckerei Müller GmbH')!.contacts).toMatchObject([
      { name: 'Frau Öztürk', role: 'Inhaberin', phone: '05971 1', email: 'oeztuerk@baeckerei.example' },
      { name: 'Herr Groß', role: 'Personal', phone: '05971 2', email: '' },
    ]);
    expect(await contactsOf('Pflegedienst Sonnenschein')).toEqual([]);

    const again = await run('arbeitgeber.csv', file);
    expect(again).toMatchObject({ imported: 0, duplicates: [2, 3, 5] });
    expect(await employers()).toHaveLength(2);
    expect(await contactsOf('Bäckerei Müller GmbH')).toHaveLength(2);
  });

  it('reads Windows-1252 with "," and XLSX; a new person at a company Brücke holds is added to it', async () => {
    const latin = Buffer.from(Papa.unparse([HEADER, ROWS[0]!], { delimiter: ',', newline: '\r\n' }), 'latin1');
    expect(await t.must('imports.read', { target: 'hotline.employers', fileName: 'a.csv', base64: base64(latin) })).toMatchObject({ encoding: 'windows-1252', delimiter: ',' });
    expect(await run('a.csv', latin)).toMatchObject({ imported: 1 });
    expect(await contactsOf('Bäckerei Müller GmbH')).toEqual(['Frau Öztürk']);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Arbeitgeber').addRows([HEADER, ...ROWS]);
    const fromXlsx = await run('arbeitgeber.xlsx', await workbook.xlsx.writeBuffer());
    // Frau Öztürk is held; Herr Groß joins the bakery Brücke holds (no second bakery); the care service is new.
    expect(fromXlsx).toMatchObject({ rows: 5, imported: 2, duplicates: [2] });
    expect((await employers()).map((e) => e.name).sort()).toEqual(['Bäckerei Müller GmbH', 'Pflegedienst Sonnenschein']);
    expect(await contactsOf('Bäckerei Müller GmbH')).toEqual(['Frau Öztürk', 'Herr Groß']);
  });

  it('a check (dry run) of a list with contacts saves nothing', async () => {
    const file = Buffer.from(Papa.unparse([HEADER, ...ROWS.slice(0, 2)], { delimiter: ';' }), 'utf8');
    const dry = await run('a.csv', file, true);
    expect(dry).toMatchObject({ accepted: 2, imported: 0 });
    expect(await employers()).toEqual([]);
  });
});
