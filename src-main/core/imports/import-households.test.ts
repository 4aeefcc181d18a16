import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHousingCore } from '../testing/housing-fixtures';
import type { TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

const HEADER = ['Az.', 'unter 6', '6-17', '18-64', '65+', 'Sprachen', 'Zimmer', 'barrierefrei', 'Status', 'Einkommen', 'Unterkunft', 'seit'];
const MAPPING = {
  reference: 0,
  membersUnder6: 1,
  members6to17: 2,
  members18to64: 3,
  members65plus: 4,
  languages: 5,
  roomsNeeded: 6,
  accessibility: 7,
  rentingStatus: 8,
  incomeSource: 9,
  accommodation: 10,
  movedInOn: 11,
};

describe('importing the household list', () => {
  it('registers each household with its case in the named shelter, rejects what is wrong by field, and adds nothing twice', async () => {
    await t.must('housing.accommodationSave', { name: 'Unterkunft Lingener Straße', address: 'Lingener Str. 1, 48429 Rheine', units: 4, beds: 20 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Haushalte');
    sheet.addRow(HEADER);
    sheet.addRow(['HH-2025-001', 1, 2, 2, 0, 'ar, de', 3, 'nein', 'Aufenthaltserlaubnis', 'Bürgergeld', 'Unterkunft Lingener Straße', new Date(Date.UTC(2025, 2, 1))]);
    sheet.addRow(['HH-2025-002', 0, 0, 1, 0, 'uk', 1, 'ja', '§ 24', 'Arbeit', 'unterkunft lingener straße', '15.06.2025']);
    // Bad: a shelter Brücke does not know; no members at all.
    sheet.addRow(['HH-2025-003', 0, 0, 2, 0, 'fa', 2, '', 'Duldung', 'AsylbLG', 'Turnhalle', '2025-07-01']);
    sheet.addRow(['HH-2025-004', '', '', '', '', 'ti', 1, '', 'Duldung', 'AsylbLG', 'Unterkunft Lingener Straße', '2025-07-01']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const run = () => t.must('imports.run', { target: 'housing.households', fileName: 'haushalte.xlsx', base64, mapping: MAPPING, dryRun: false });

    const result = await run();
    expect(result).toMatchObject({ rows: 4, accepted: 2, imported: 2, duplicates: [] });
    expect(result.rejected).toEqual([
      { line: 4, issues: [{ field: 'accommodation', message: 'imports:invalidValue' }] },
      { line: 5, issues: [{ field: 'membersUnder6', message: 'housing:validation.membersRequired' }] },
    ]);
    const cases = await t.must('housing.casesList', {});
    expect(cases.rows.map((c) => c.reference).sort()).toEqual(['HH-2025-001', 'HH-2025-002']);
    expect(cases.rows.find((c) => c.reference === 'HH-2025-001')!.members).toBe(5);

    expect((await run()).duplicates).toEqual([2, 3]);
    expect((await t.must('housing.casesList', {})).total).toBe(2);
  });

  it('saves all or nothing: a row the shelter has no room for undoes the rows before it, and says which line', async () => {
    await t.must('housing.accommodationSave', { name: 'Kleine Unterkunft', address: 'Am Markt 1, 48431 Rheine', units: 2, beds: 6 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Haushalte');
    sheet.addRow(HEADER);
    sheet.addRow(['HH-A', 0, 1, 2, 0, 'ar', 2, '', 'Duldung', 'AsylbLG', 'Kleine Unterkunft', '2025-01-01']);
    sheet.addRow(['HH-B', 0, 0, 2, 0, 'ar', 1, '', 'Duldung', 'AsylbLG', 'Kleine Unterkunft', '2025-01-01']);
    sheet.addRow(['HH-C', 1, 0, 2, 0, 'ar', 2, '', 'Duldung', 'AsylbLG', 'Kleine Unterkunft', '2025-01-01']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    // The check cannot know the beds; the commit finds line 4 does not fit (3 + 2 + 3 > 6).
    expect(await t.must('imports.run', { target: 'housing.households', fileName: 'h.xlsx', base64, mapping: MAPPING, dryRun: true })).toMatchObject({ accepted: 3 });
    expect(await t.call('imports.run', { target: 'housing.households', fileName: 'h.xlsx', base64, mapping: MAPPING, dryRun: false })).toMatchObject({
      ok: false,
      error: { code: 'ACCOMMODATION_FULL', details: { issues: [{ path: 'line.4', message: 'errors:ACCOMMODATION_FULL' }] } },
    });
    expect((await t.must('housing.casesList', {})).total).toBe(0);
  });
});
