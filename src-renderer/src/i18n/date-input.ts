import { format, isValid, parse, parseISO } from 'date-fns';
import { dateLocale } from './date-locale';
import { latinDigits, localizeDigits } from './digits';

/*
 * A date field shows and accepts the user's short date (24.11.2026, 24/11/2026, ۲۰۲۶/۱۱/۲۴), while
 * forms and the contract keep ISO `yyyy-MM-dd`. The calendar stays Gregorian in every language:
 * the office's letters, deadlines and documents are Gregorian, so a Persian caseworker reads the
 * same day the German colleague does, in Persian month names and digits.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date as the language writes it short; anything that is not an ISO date is shown as typed. */
export function formatDateInput(value: string, lng: string): string {
  if (!ISO.test(value)) return value;
  const date = parseISO(value);
  return isValid(date) ? localizeDigits(format(date, 'P', { locale: dateLocale(lng) }), lng) : value;
}

type Order = 'dmy' | 'mdy' | 'ymd';

/** Where day, month and year stand in the language's short date, read from a sample date. */
export function dateOrder(lng: string): Order {
  const sample = format(new Date(2001, 10, 22), 'P', { locale: dateLocale(lng) });
  const at = (part: string) => sample.indexOf(part);
  const [year, month, day] = [at('2001'), at('11'), at('22')];
  if (year < month && year < day) return 'ymd';
  return month < day ? 'mdy' : 'dmy';
}

/**
 * A typed date as ISO `yyyy-MM-dd`: in the language's order with any separators and digits, or as
 * ISO (always accepted, so a pasted ISO date works in every language). Four-digit years only, so
 * "24.11.26" is not silently the year 26. `null` when it is not a calendar date (31.02.2026).
 */
export function parseDateInput(text: string, lng: string): string | null {
  const groups = latinDigits(text).split(/\D+/).filter(Boolean);
  if (groups.length !== 3) return null;
  const order: Order = groups[0]!.length === 4 ? 'ymd' : dateOrder(lng);
  const [a, b, c] = groups as [string, string, string];
  const [y, m, d] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  if (y.length !== 4 || m.length > 2 || d.length > 2) return null;
  const date = parse(`${y}-${m}-${d}`, 'yyyy-M-d', new Date(2000, 0, 1));
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}
