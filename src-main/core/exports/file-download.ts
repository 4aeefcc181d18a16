import type { Workbook } from 'exceljs';
import { MIME_TYPES, type FileDownload } from '../../contract/files';

/** An XLSX workbook as the contract's file value. */
export async function workbookDownload(workbook: Workbook, fileName: string): Promise<FileDownload> {
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, mimeType: MIME_TYPES.xlsx, base64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}

/** A text file (CSV, iCalendar) as the contract's file value, UTF-8 encoded as given (a BOM, if wanted, is part of `text`). */
export function textDownload(text: string, fileName: string, mimeType: string): FileDownload {
  return { fileName, mimeType, base64: Buffer.from(text, 'utf8').toString('base64') };
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, and not
 * one already taken in the workbook (compared as Excel does, ignoring case). Adds the name to `taken`.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
  }
  taken.add(name);
  return name;
}
