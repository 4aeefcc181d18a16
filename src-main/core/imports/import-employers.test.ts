import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hotlineCore } from '../testing/hotline-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const HEADER = ['Firma', 'Branche', 'Größe', 'Straße', 'PLZ', 'Ort'];
const MAPPING = { name: 0, sector: 1, sizeBand: 2, street: 3, postcode: 4, city: 5 };

describe('importing the employer list', () => {
  it('takes a Windows-1252 list with "," in, refuses a bad postcode by name, and adds nothing the second time', async () => {
    const rows = [
      ['Bäckerei Müller GmbH', 'Handwerk', 'klein', 'Emsstraße 2', '48431', 'Rheine'],
      ['Spedition Große Weg', 'Logistik', 'mittel', '', '4843', 'Rheine'],
      ['Pflegedienst Sonnenschein', 'Pflege', '', '', '48432', 'Rheine'],
    ];
    const file = Buffer.from(Papa.unparse([HEADER, ...rows], { delimiter: ',', newline: '\r\n' }), 'latin1').toString('base64');
    const run = (dryRun: boolean) => t.must('imports.run', { target: 'hotline.employers', fileName: 'arbeitgeber.csv', base64: file, mapping: MAPPING, dryRun });
    const read = await t.must('imports.read', { target: 'hotline.employers', fileName: 'arbeitgeber.csv', base64: file });
    expect(read).toMatchObject({ columns: HEADER, encoding: 'windows-1252', delimiter: ',' });
    const result = await run(false);
    expect(result).toMatchObject({ rows: 3, accepted: 2, imported: 2, duplicates: [] });
    expect(result.rejected).toEqual([{ line: 3, issues: [{ field: 'postcode', message: 'hotline:validation.postcode' }] }]);
    const list = await t.must('hotline.employersList', { query: '', page: 1 });
    expect(list.items.map((e) => e.name).sort()).toEqual(['Bäckerei Müller GmbH', 'Pflegedienst Sonnenschein']);
    expect((await run(false)).duplicates).toEqual([2, 4]);
    expect((await t.must('hotline.employersList', { query: '', page: 1 })).total).toBe(2);
  });

  it('refuses a list of a module the installation has switched off', async () => {
    const file = Buffer.from('Name;Geschlecht;Sprachen\r\nA;w;ar\r\n').toString('base64');
    expect(await t.call('imports.read', { target: 'pool.interpreters', fileName: 'x.csv', base64: file })).toMatchObject({ ok: false, error: { code: 'MODULE_DISABLED' } });
  });
});
