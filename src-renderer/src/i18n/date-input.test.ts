import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src-main/contract/languages';
import { formatDateInput, parseDateInput } from './date-input';

describe('a date field in the user language', () => {
  it('shows each UI language its own short date, Persian in Persian digits', () => {
    const shown = Object.fromEntries(UI_LANGUAGES.map((lng) => [lng, formatDateInput('2026-11-24', lng)]));
    expect(shown).toEqual({ de: '24.11.2026', en: '24/11/2026', ar: '24/11/2026', tr: '24.11.2026', uk: '24.11.2026', ru: '24.11.2026', fa: '۲۰۲۶/۱۱/۲۴' });
  });

  it('reads back what it shows, in every UI language', () => {
    for (const lng of UI_LANGUAGES) for (const iso of ['2026-01-05', '2024-02-29', '1999-12-31']) expect(parseDateInput(formatDateInput(iso, lng), lng), `${lng} ${iso}`).toBe(iso);
  });

  it('takes a date typed the usual ways: single digits, other separators, either digit set, ISO', () => {
    expect(parseDateInput('1.2.2026', 'de')).toBe('2026-02-01');
    expect(parseDateInput('01/02/2026', 'en')).toBe('2026-02-01');
    expect(parseDateInput('۲۰۲۶/۲/۱', 'fa')).toBe('2026-02-01');
    expect(parseDateInput('2026/2/1', 'fa')).toBe('2026-02-01');
    expect(parseDateInput('١/٢/٢٠٢٦', 'ar')).toBe('2026-02-01');
    expect(parseDateInput('2026-02-01', 'de')).toBe('2026-02-01');
    expect(parseDateInput(' 24 . 11 . 2026 ', 'ru')).toBe('2026-11-24');
  });

  it('refuses what is no calendar date, and two-digit years', () => {
    for (const [text, lng] of [['31.02.2026', 'de'], ['29.02.2025', 'tr'], ['24.11.26', 'de'], ['24.13.2026', 'uk'], ['2026/13/01', 'fa'], ['morgen', 'de'], ['24.11', 'de'], ['', 'de']] as const)
      expect(parseDateInput(text, lng), `${lng} ${text}`).toBeNull();
  });

  it('shows a text that is not an ISO date as it is (a half-typed date stays)', () => {
    expect(formatDateInput('24.11', 'de')).toBe('24.11');
    expect(formatDateInput('', 'fa')).toBe('');
  });
});
