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

  const texts = { pipeline: 'Fälle je Stufe', stage: 'Stufe', cases: 'Fälle', 'stage.registered': 'Erfasst', 'stage.movedOut': 'Ausgezogen', occupancy: 'Belegung', beds: 'Plätze', keyFigures: 'Auf einen Blick: Belegung/Plätze [Stand]', small: '< 5' };
  const file = await t.must('housing.indicatorsExport', { texts, rightToLeft: false });
  expect(file.fileName).toBe('auszug-kennzahlen-2026-11-23.xlsx');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(6);
  // Excel's rules for sheet names: at most 31 characters, none of []:*?/\.
  expect(workbook.worksheets.every((ws) => ws.name.length <= 31 && !/[[\]:*?/\\]/.test(ws.name))).toBe(true);
  const keyFigures = workbook.worksheets[0]!;
  // 2 people in the shelter, 1 case per stage: below the threshold of 5, as on the page.
  expect(keyFigures.getRow(2).values).toEqual([undefined, 'Belegung', '< 5']);
  expect(keyFigures.getRow(3).values).toEqual([undefined, 'Plätze', 9]);
  const pipeline = workbook.getWorksheet('Fälle je Stufe')!;
  expect(pipeline.getRow(1).values).toEqual([undefined, 'Stufe', 'Fälle']);
  const rows = pipeline.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual(['Erfasst', '< 5']);
  expect(rows).toContainEqual(['Ausgezogen', '< 5']);

  // Aggregated only: no household reference anywhere in the file.
  const cells = workbook.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])));
  expect(cells.filter((c) => typeof c === 'string' && c.startsWith('HH-'))).toEqual([]);
});

it('hides a stage of 2 and the stage of 6 it could be worked out from, on the page and in the workbook', async () => {
  const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft', address: 'Weg 1', units: 4, beds: 40 });
  const cards = [];
  for (let i = 0; i < 8; i++) cards.push(await t.must('housing.householdRegister', { household: household(`HH-L${i}`, 2), accommodationId: shelter.id, movedInOn: '2025-03-01' }));
  for (const card of cards.slice(0, 2)) await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }));
  // The raw figures: 6 registered + 2 with a viewing = the 8 open cases every caseworker can count.
  const raw = await t.must('housing.indicators', {});
  expect(raw.pipeline.filter((p) => p.cases > 0).map((p) => [p.stage, p.cases])).toEqual([
    ['registered', 6],
    ['viewingOffer', 2],
  ]);
  const page = await t.must('housing.indicatorsPublished', {});
  expect(page.threshold).toBe(5);
  const cases = Object.fromEntries(page.pipeline.map((p) => [p.stage, p.cases]));
  expect(cases.viewingOffer).toEqual({ value: null, mark: 'small' });
  expect(cases.registered).toEqual({ value: null, mark: 'hidden' });
  expect(page.occupancy).toEqual({ beds: 40, occupied: { value: 16, mark: 'shown' } });

  const file = await t.must('housing.indicatorsExport', { texts: { pipeline: 'Fälle je Stufe', 'stage.registered': 'Erfasst', 'stage.viewingOffer': 'Besichtigung', small: '< 5', hidden: 'x' }, rightToLeft: false });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const rows = workbook.getWorksheet('Fälle je Stufe')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual(['Erfasst', 'x']);
  expect(rows).toContainEqual(['Besichtigung', '< 5']);
  expect(rows.flat()).not.toContain(6);
});
