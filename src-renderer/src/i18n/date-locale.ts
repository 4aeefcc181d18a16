import { format, parseISO, type Locale } from 'date-fns';
import { ar, de, enGB, faIR, ru, tr, uk } from 'date-fns/locale';
import type { UiLanguage } from '../../../src-main/contract';
import { localizeDigits } from './digits';

/*
 * Arabic uses date-fns' generic `ar` rather than `arSA`: arSA writes month-first dates with a
 * 12-hour clock (11/22/2026, 2:05 م), while staff in a German office read day-first, 24-hour
 * dates on every paper form; `ar` gives 22/11/2026, 14:05.
 */
const DATE_LOCALES: Record<UiLanguage, Locale> & Partial<Record<string, Locale>> = { de, en: enGB, ar, tr, uk, ru, fa: faIR };

export function dateLocale(lng: string): Locale {
  return DATE_LOCALES[lng] ?? de;
}

/** Date and time of an ISO timestamp in the UI language's usual short form. */
export function formatDateTime(iso: string, lng: string): string {
  return localizeDigits(format(parseISO(iso), 'Pp', { locale: dateLocale(lng) }), lng);
}

/** A wall-clock date (`2026-11-24`) in the UI language's short form (24.11.2026, 24/11/2026). */
export function formatLocalDate(localDate: string, lng: string): string {
  return localizeDigits(format(parseISO(localDate), 'P', { locale: dateLocale(lng) }), lng);
}

/** An amount in integer cents as euros in the UI language's notation. */
export function formatEuro(cents: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatNumber(value: number, lng: string): string {
  return new Intl.NumberFormat(lng).format(value);
}
