import { UI_LANGUAGES, type UiLanguage } from '../../../src-main/contract';

/** Only the language is remembered on this machine: no names, nothing personal. */
const STORAGE_KEY = 'bruecke.uiLanguage';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): UiLanguage | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return null;
}

export function initialLanguage(): UiLanguage {
  return storedLanguage() ?? browserLanguage() ?? 'de';
}

export function rememberLanguage(lng: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}
