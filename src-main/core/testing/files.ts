import ExcelJS from 'exceljs';
import type { FileDownload } from '../../contract/files';

/** The text of a CSV or iCalendar download, as a spreadsheet or calendar program reads its bytes. */
export function textOf(file: FileDownload): string {
  return Buffer.from(file.base64, 'base64').toString('utf8');
}

/** An XLSX download opened again, as Excel would open the file. */
export async function workbookOf(file: FileDownload): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}
