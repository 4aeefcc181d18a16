import { RTL_LANGUAGES } from '../../../../src-main/contract';

/** Small display helpers of the pool screens. */

/** The language's name in the UI language (registry first, then the browser's CLDR names). */
export { languageName } from '../../i18n/language-names';

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
  return RTL_LANGUAGES.includes(lng) ? '←' : '→';
}

export function weekdayShort(localDate: string, lng: string): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Minutes as hours in the reader's notation: „0,5“ in German, „۰٫۵“ in Persian (never „0.0“). */
export function hoursIn(minutes: number, lng: string): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(minutes / 60);
}
