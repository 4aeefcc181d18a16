import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AuditEntryView } from '../../contract/audit';
import { MIME_TYPES, type FileDownload } from '../../contract/files';
import { textDownload, workbookDownload } from '../exports/file-download';
import { toLocalDateTime } from '../time/local-time';

/**
 * The audit trail for a data-protection officer: German headings (the officer's record is kept in
 * German), local times of the installation, the recorded details as they stand (filters, counts,
 * changed field names; never content).
 */
const HEADER = ['Nr.', 'Zeit', 'Person (ID)', 'Person', 'Aktion', 'Datensatzart', 'Datensatz', 'Details'];

function row(e: AuditEntryView): (string | number)[] {
  return [
    e.id,
    toLocalDateTime(new Date(e.at)).replace('T', ' '),
    e.userId ?? '',
    e.userName ?? '',
    e.action,
    e.entity,
    e.entityId ?? '',
    e.details ? JSON.stringify(e.details) : '',
  ];
}

/** German Excel's CSV dialect: semicolons, UTF-8 with a BOM, CRLF. */
export function auditCsv(entries: AuditEntryView[], fileName: string): FileDownload {
  const text = Papa.unparse([HEADER, ...entries.map(row)], { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: true });
  return textDownload(`\uFEFF${text}\r\n`, fileName, MIME_TYPES.csv);
}

export async function auditWorkbook(entries: AuditEntryView[], createdAt: Date, fileName: string): Promise<FileDownload> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('Protokoll');
  sheet.addRow(HEADER).font = { bold: true };
  for (const e of entries) sheet.addRow(row(e));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return workbookDownload(workbook, fileName);
}
