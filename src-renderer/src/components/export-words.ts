import type { TFunction } from 'i18next';
import { languageName, REGISTRY_CODES } from '../i18n/language-names';

/**
 * The screen's words for a list export (contract/list-export.ts): each translation key the core
 * may name, in the user's language. The core keeps no translations, so the file says exactly
 * what the screen says.
 */
export function exportWords(t: TFunction, keys: readonly string[], extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return { ...Object.fromEntries(keys.map((k) => [k, t(k)])), ...extra };
}

/** Every registry language's name for the reader (`lang.ar` → „Arabisch“), as the lists name them. */
export function languageWords(lng: string, extraCodes: readonly string[] = []): Record<string, string> {
  return Object.fromEntries([...new Set([...REGISTRY_CODES, ...extraCodes])].map((code) => [`lang.${code}`, languageName(code, lng)]));
}
