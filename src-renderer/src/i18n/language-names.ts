/**
 * The languages the app offers to pick (ISO 639), until the contract's language registry takes
 * their place, and their names. The pool books them; households pick from them (plus German).
 */
export const COMMON_LANGUAGES = ['ar', 'fa', 'ku', 'tr', 'uk', 'ru', 'ti', 'ps', 'prs', 'so', 'sq', 'ro', 'bg', 'fr', 'en', 'am'];

/** The language's name in the UI language, e.g. `ar` → „Arabisch“; the code if unknown. */
export function languageName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** „Persisch · فارسی“: the name in the UI language and the language's own name, once if they are the same. */
export function languageLabel(code: string, lng: string): string {
  const here = languageName(code, lng);
  // Without locale data for the language itself, the browser would answer in its default language.
  const native = Intl.DisplayNames.supportedLocalesOf([code]).length > 0 ? languageName(code, code) : here;
  return native === here || native === code ? here : `${here} · ${native}`;
}
