import { z } from 'zod';

/**
 * The one language registry: every language Brücke knows by name, with what the UI, the client
 * forms, the fonts and the layout need to know about it. Every language picker is fed from here
 * (plus the pool's own extra languages, which an admin adds without a release).
 *
 * Client-form languages (12): the seven UI languages plus those the pool and the housing team
 * meet most among refugees in Rheine and who otherwise get German: Tigrinya (Eritrea), Kurmanji
 * (Syria, Iraq, Turkey), Pashto (Afghanistan), Somali and Tamil (Sri Lanka). Dari readers read
 * the Persian form (same script and written standard), so `prs` is a pool language, not a form
 * language of its own.
 */

export type Script = 'Latn' | 'Arab' | 'Cyrl' | 'Ethi' | 'Taml';
export type TextDirection = 'ltr' | 'rtl';
/** Which bundled font family carries the script (never fetched at run time). */
export type LanguageFont = 'Noto Sans' | 'Noto Sans Arabic' | 'Noto Sans Ethiopic' | 'Noto Sans Tamil';

export interface Language {
  /** BCP 47 tag (ISO 639 language, optional script/region). */
  code: string;
  /** The language's name in itself, as its speakers would look for it. */
  nativeName: string;
  /** Its name in German, the installation's source language (lists, exports, paper). */
  germanName: string;
  dir: TextDirection;
  script: Script;
  font: LanguageFont;
  /** The whole interface is translated (locales/<code>/ is complete). */
  uiLanguage: boolean;
  /** Client-facing forms (consent, feedback, document checklist) exist in it. */
  clientFormLanguage: boolean;
}

const latin = { dir: 'ltr', script: 'Latn', font: 'Noto Sans' } as const;
const arabic = { dir: 'rtl', script: 'Arab', font: 'Noto Sans Arabic' } as const;
const cyrillic = { dir: 'ltr', script: 'Cyrl', font: 'Noto Sans' } as const;

/** UI languages; German is the source language. Kept literal for the types; a test checks it against the registry. */
export const UI_LANGUAGES = ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LANGUAGES: readonly Language[] = [
  { code: 'de', nativeName: 'Deutsch', germanName: 'Deutsch', ...latin, uiLanguage: true, clientFormLanguage: true },
  { code: 'en', nativeName: 'English', germanName: 'Englisch', ...latin, uiLanguage: true, clientFormLanguage: true },
  { code: 'ar', nativeName: 'العربية', germanName: 'Arabisch', ...arabic, uiLanguage: true, clientFormLanguage: true },
  { code: 'tr', nativeName: 'Türkçe', germanName: 'Türkisch', ...latin, uiLanguage: true, clientFormLanguage: true },
  { code: 'uk', nativeName: 'Українська', germanName: 'Ukrainisch', ...cyrillic, uiLanguage: true, clientFormLanguage: true },
  { code: 'ru', nativeName: 'Русский', germanName: 'Russisch', ...cyrillic, uiLanguage: true, clientFormLanguage: true },
  { code: 'fa', nativeName: 'فارسی', germanName: 'Persisch (Farsi)', ...arabic, uiLanguage: true, clientFormLanguage: true },
  { code: 'ti', nativeName: 'ትግርኛ', germanName: 'Tigrinya', dir: 'ltr', script: 'Ethi', font: 'Noto Sans Ethiopic', uiLanguage: false, clientFormLanguage: true },
  { code: 'ku', nativeName: 'Kurmancî', germanName: 'Kurdisch (Kurmandschi)', ...latin, uiLanguage: false, clientFormLanguage: true },
  { code: 'ps', nativeName: 'پښتو', germanName: 'Paschtu', ...arabic, uiLanguage: false, clientFormLanguage: true },
  { code: 'so', nativeName: 'Soomaali', germanName: 'Somali', ...latin, uiLanguage: false, clientFormLanguage: true },
  { code: 'ta', nativeName: 'தமிழ்', germanName: 'Tamil', dir: 'ltr', script: 'Taml', font: 'Noto Sans Tamil', uiLanguage: false, clientFormLanguage: true },
  // Languages the pool books, not (yet) printed forms: staff pick them, clients get German or a form above.
  { code: 'prs', nativeName: 'دری', germanName: 'Dari', ...arabic, uiLanguage: false, clientFormLanguage: false },
  { code: 'ckb', nativeName: 'کوردی', germanName: 'Kurdisch (Sorani)', ...arabic, uiLanguage: false, clientFormLanguage: false },
  { code: 'sq', nativeName: 'Shqip', germanName: 'Albanisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'ro', nativeName: 'Română', germanName: 'Rumänisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'bg', nativeName: 'Български', germanName: 'Bulgarisch', ...cyrillic, uiLanguage: false, clientFormLanguage: false },
  { code: 'fr', nativeName: 'Français', germanName: 'Französisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'am', nativeName: 'አማርኛ', germanName: 'Amharisch', dir: 'ltr', script: 'Ethi', font: 'Noto Sans Ethiopic', uiLanguage: false, clientFormLanguage: false },
  { code: 'pt', nativeName: 'Português', germanName: 'Portugiesisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'pl', nativeName: 'Polski', germanName: 'Polnisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'sr', nativeName: 'Srpski', germanName: 'Serbisch', ...latin, uiLanguage: false, clientFormLanguage: false },
  { code: 'ur', nativeName: 'اردو', germanName: 'Urdu', ...arabic, uiLanguage: false, clientFormLanguage: false },
];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** Client-form languages in the registry's order (German first). */
export const CLIENT_FORM_LANGUAGES: readonly string[] = LANGUAGES.filter((l) => l.clientFormLanguage).map((l) => l.code);
/** Every language with a known script direction of right to left, for the `dir` of a text in it. */
export const RTL_LANGUAGES: readonly string[] = LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code);

/** The primary language subtag: `ar-LB` → `ar`, `ku-Arab` → `ku`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/** The registry entry of a tag, or of its primary language (`ar-LB` → Arabic); undefined when unknown. */
export function findLanguage(tag: string): Language | undefined {
  return BY_CODE.get(tag) ?? BY_CODE.get(primaryLanguage(tag));
}

export function textDirection(tag: string): TextDirection {
  const script = /-(Arab|Latn|Cyrl|Ethi|Taml)\b/.exec(tag)?.[1];
  if (script) return script === 'Arab' ? 'rtl' : 'ltr';
  return findLanguage(tag)?.dir ?? 'ltr';
}

export function isClientFormLanguage(tag: string): boolean {
  return CLIENT_FORM_LANGUAGES.includes(tag);
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * A BCP 47-ish tag as staff store it: a 2–3 letter language, an optional 4-letter script and an
 * optional 2-letter or 3-digit region (`kmr`, `ku-Arab`, `ar-LB`, `pt-BR`). Written in any case, it is
 * stored in the canonical one (language lower, script title, region upper).
 */
export const languageTagRule = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/, { error: 'validation:language' })
  .transform((tag) =>
    tag
      .split('-')
      .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase()))
      .join('-'),
  );
