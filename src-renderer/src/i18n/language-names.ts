import { findLanguage, LANGUAGES } from '../../../src-main/contract';

/**
 * A language's name for a reader of `uiLng`: the registry's German name for German readers (it
 * says "Kurdisch (Kurmandschi)" where the browser only knows "Kurdisch"), the browser's CLDR name
 * for other readers, the registry's native name where the browser knows none, else the code.
 */
export function languageName(code: string, uiLng: string, extraName?: string): string {
  const entry = findLanguage(code);
  if (uiLng === 'de' && entry?.code === code) return entry.germanName;
  if (extraName && !entry) return extraName;
  try {
    const name = new Intl.DisplayNames([uiLng], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An unknown tag: fall through to the registry.
  }
  return extraName ?? entry?.nativeName ?? code;
}

/** A language named in itself (pickers of the form language: the client points at their own). */
export function nativeLanguageName(code: string): string {
  return findLanguage(code)?.nativeName ?? code;
}

export const REGISTRY_CODES: readonly string[] = LANGUAGES.map((l) => l.code);

/** „Persisch · فارسی“: the name in the UI language and the language's own name, once if they are the same. */
export function languageLabel(code: string, uiLng: string): string {
  const here = languageName(code, uiLng);
  const native = nativeLanguageName(code);
  return native === here || native === code ? here : `${here} · ${native}`;
}
