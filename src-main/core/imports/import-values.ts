import { format, isValid, parse } from 'date-fns';

/**
 * Values as people type them into Excel lists, turned into what the forms take. Anything not
 * understood is passed on unchanged, so the contract's schema names the field and the rule.
 */

/** `23.11.2026`, `23.11.26`, `2026-11-23` → `2026-11-23`; empty stays empty. */
export function importDate(text: string): string {
  const value = text.trim();
  if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  for (const pattern of ['dd.MM.yyyy', 'd.M.yyyy', 'dd.MM.yy', 'd.M.yy']) {
    const date = parse(value, pattern, new Date(2000, 0, 1));
    if (isValid(date)) return format(date, 'yyyy-MM-dd');
  }
  return value;
}

/** One of the words a list may use for an enumeration value (German, English, abbreviations), lower case. */
export function importChoice<T extends string>(text: string, words: Readonly<Record<T, readonly string[]>>): T | string {
  const value = text.trim().toLowerCase();
  for (const [choice, list] of Object.entries(words) as [T, readonly string[]][]) {
    if (choice.toLowerCase() === value || list.includes(value)) return choice;
  }
  return text.trim();
}

// Language codes the pool meets (ISO 639-1/3), so a list may also name them in German or English.
const KNOWN_LANGUAGES = ['ar', 'fa', 'prs', 'ps', 'ku', 'kmr', 'ckb', 'tr', 'uk', 'ru', 'ti', 'am', 'so', 'sq', 'ro', 'bg', 'fr', 'en', 'de', 'es', 'it', 'pl', 'sr', 'hr', 'bs', 'mk', 'ur', 'hi', 'bn', 'ta', 'vi', 'zh', 'ka', 'hy', 'az', 'uz', 'tk', 'ky', 'kk', 'pt', 'om', 'ha', 'yo', 'ig', 'ln', 'sw', 'rw', 'wo', 'ff', 'mn', 'el', 'he'];
let names: Map<string, string> | null = null;
function languageNames(): Map<string, string> {
  if (names) return names;
  // Names Excel lists use that Intl does not give.
  names = new Map([
    ['farsi', 'fa'],
    ['kurmanji', 'kmr'],
    ['sorani', 'ckb'],
  ]);
  for (const lng of ['de', 'en']) {
    const display = new Intl.DisplayNames([lng], { type: 'language' });
    for (const code of KNOWN_LANGUAGES) {
      const name = display.of(code);
      if (name && name !== code) names.set(name.toLowerCase(), code);
    }
  }
  return names;
}

/**
 * `Arabisch (Levantinisch); Farsi, ti` → languages with dialects. A name not known is kept as
 * typed, and the schema then says the language code is not valid.
 */
export function importLanguages(text: string): { language: string; dialect: string }[] {
  return text
    .split(/[;,/\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*?)\s*(?:\((.*)\))?$/.exec(part)!;
      const name = (match[1] ?? '').trim();
      const code = /^[a-z]{2,3}$/i.test(name) ? name.toLowerCase() : (languageNames().get(name.toLowerCase()) ?? name);
      return { language: code, dialect: (match[2] ?? '').trim() };
    });
}
