import { describe, expect, it } from 'vitest';
import ExcelJS from './exceljs-on-demand';

describe('exceljs on demand', () => {
  it('is the real library once used: a workbook written and read back holds what was written', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Liste').addRow(['Dolmetscherin', 'Sprachen']).commit();
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await book.xlsx.writeBuffer());
    expect(again.getWorksheet('Liste')?.getRow(1).getCell(1).value).toBe('Dolmetscherin');
    expect('Workbook' in ExcelJS).toBe(true);
  });
});
