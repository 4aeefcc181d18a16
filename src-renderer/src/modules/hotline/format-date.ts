import { format, parseISO } from 'date-fns';
import { dateLocale } from '../../i18n/date-locale';

/** A calendar month (`2026-11`) as the UI language writes it (Nov. 2026, نوفمبر 2026). */
export function formatMonth(month: string, lng: string): string {
  return format(parseISO(`${month}-01`), 'LLL yyyy', { locale: dateLocale(lng) });
}
