import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { textDownload, uniqueSheetName, workbookDownload } from './file-download';

describe('export files', () => {
  it('make sheet names Excel accepts, each once, ignoring case as Excel does', async () => {
    const taken = new Set<string>();
    const names = [
      uniqueSheetName('Anrufe nach Thema: Recht/Soziales [2026]', taken),
      uniqueSheetName('Summary', taken),
      uniqueSheetName('summary', taken),
      uniqueSheetName('???', taken),
      uniqueSheetName('Eine sehr lange Überschrift, die länger als einunddreißig Zeichen ist', taken),
      uniqueSheetName('Eine sehr lange Überschrift, die länger als einunddreißig Zeichen ist', taken),
    ];
    expect(names).toEqual([
      'Anrufe nach Thema  Recht Sozial',
      'Summary',
      'summary (2)',
      'Sheet',
      'Eine sehr lange Überschrift, di',
      'Eine sehr lange Überschrift (2)',
    ]);
    // Excel itself (through exceljs) takes every one of them.
    const workbook = new ExcelJS.Workbook();
    for (const name of names) workbook.addWorksheet(name);
    const file = await workbookDownload(workbook, 'test.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(back.worksheets.map((w) => w.name)).toEqual(names);
    expect(file.mimeType).toContain('spreadsheetml');
  });

  it('carry text files as UTF-8 bytes, BOM included when the text has one', () => {
    const file = textDownload('\uFEFFName;Betrag\nÖzlem;12,50\n', 'x.csv', 'text/csv;charset=utf-8');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFFName;Betrag\nÖzlem;12,50\n');
  });
});
