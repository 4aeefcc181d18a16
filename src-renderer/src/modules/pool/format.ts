/** Small display helpers of the pool screens. */

export function euros(cents: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** The language's name in the UI language, e.g. `ar` → „Arabisch“; the code if unknown. */
export function languageName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages the pool typically covers (ISO 639); others can be typed as a code. */
export const COMMON_LANGUAGES = ['ar', 'fa', 'ku', 'tr', 'uk', 'ru', 'ti', 'ps', 'prs', 'so', 'sq', 'ro', 'bg', 'fr', 'en', 'am'];

/** `2026-11-30T10:00` → localized date and time, read as a wall-clock time (no time zone shift). */
export function localDateTime(local: string, lng: string): string {
  const [date, time = ''] = local.split('T');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const text = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
  return time ? `${text}, ${time}` : text;
}

/** `2026-11` → „November 2026“ / „نوفمبر 2026“; never the raw code, which bidi turns around in RTL. */
export function monthName(month: string, lng: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

/** A list in the UI language's own separators (Arabic „،“ and „و“, not a Latin comma). */
export function listOf(items: string[], lng: string): string {
  return new Intl.ListFormat(lng, { style: 'short', type: 'unit' }).format(items);
}

/** Arrow from one state to the next that points in reading direction. */
export function arrow(lng: string): string {
  return ['ar', 'fa', 'he', 'ur'].includes(lng) ? '←' : '→';
}

export function weekdayShort(localDate: string, lng: string): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Downloads text as a file; works in Electron and in browser mode. */
export function download(file: { filename: string; mimeType: string; content: string | Uint8Array<ArrayBuffer> }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a binary file (XLSX) that came through the contract as base64. */
export function downloadBase64(file: { filename: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  download({ filename: file.filename, mimeType: file.mimeType, content: bytes });
}
