/**
 * A file a channel hands to the user (XLSX, CSV, iCalendar), the one shape every export returns.
 * Its bytes travel as base64 so the same value crosses IPC, HTTP and JSON unchanged, whatever the
 * file type; the renderer turns it into a download.
 */
export interface FileDownload {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const MIME_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
} as const;
