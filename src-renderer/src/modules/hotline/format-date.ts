import { format, parseISO } from 'date-fns';
import { dateLocale } from '../../i18n/date-locale';

/** A wall-clock date (`2026-11-24`) in the UI language's short form (24.11.2026, 24/11/2026). */
export function formatDate(localDate: string, lng: string): string {
  return format(parseISO(localDate), 'P', { locale: dateLocale(lng) });
}

/** A calendar month (`2026-11`) as the UI language writes it (Nov. 2026, نوفمبر 2026). */
export function formatMonth(month: string, lng: string): string {
  return format(parseISO(`${month}-01`), 'LLL yyyy', { locale: dateLocale(lng) });
}
