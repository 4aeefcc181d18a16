import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { TestCore } from '../testing/test-core';
import { fromHere, household, startHousingCore } from '../testing/housing-fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

it('exports the aggregated indicators as XLSX that reads back, with the user’s headings and no references', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 2, beds: 9 });
  const card = await t.must('housing.householdRegister', { household: household('HH-X1', 3), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  await t.must('housing.householdRegister', { household: household('HH-X2', 2), accommodationId: shelter.id, movedInOn: '2025-03-01' });
  for (const to of ['viewingOffer', 'leaseSigned', 'movedOut']) await t.must('housing.caseMove', await fromHere(t, { id: card.id, to }));

  const texts = { pipeline: 'Fälle je Stufe', stage: 'Stufe', cases: 'Fälle', 'stage.registered': 'Erfasst', 'stage.movedOut': 'Ausgezogen', occupancy: 'Belegung', beds: 'Plätze', keyFigures: 'Auf einen Blick: Belegung/Plätze [Stand]' };
  const file = await t.must('housing.indicatorsExport', { texts, rightToLeft: false });
  expect(file.fileName).toBe('auszug-kennzahlen-2026-11-23.xlsx');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(6);
  // Excel's rules for sheet names: at most 31 characters, none of []:*?/\.
  expect(workbook.worksheets.every((ws) => ws.name.length <= 31 && !/[[\]:*?/\\]/.test(ws.name))).toBe(true);
  const keyFigures = workbook.worksheets[0]!;
  expect(keyFigures.getRow(2).values).toEqual([undefined, 'Belegung', 2]);
  expect(keyFigures.getRow(3).values).toEqual([undefined, 'Plätze', 9]);
  const pipeline = workbook.getWorksheet('Fälle je Stufe')!;
  expect(pipeline.getRow(1).values).toEqual([undefined, 'Stufe', 'Fälle']);
  const rows = pipeline.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual(['Erfasst', 1]);
  expect(rows).toContainEqual(['Ausgezogen', 1]);

  // Aggregated only: no household reference anywhere in the file.
  const cells = workbook.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])));
  expect(cells.filter((c) => typeof c === 'string' && c.startsWith('HH-'))).toEqual([]);
});
