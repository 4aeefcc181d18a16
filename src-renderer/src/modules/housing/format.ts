import { format, parseISO } from 'date-fns';
import { dateLocale } from '../../i18n/date-locale';

/** A local date (`2026-11-24`) in the UI language's short form. */
export function formatLocalDate(date: string, lng: string): string {
  return format(parseISO(date), 'P', { locale: dateLocale(lng) });
}

export function formatEuro(cents: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
