import { describe, expect, it } from 'vitest';
import { CLIENT_FORM_LANGUAGES, UI_LANGUAGES } from '../../../src-main/contract';
import { DYNAMIC_KEYS } from './dynamic-keys';

/*
 * Keeps the shipped languages complete and the key set honest: every key the code uses exists,
 * every key that exists is used, languages match each other (plural forms per the language's
 * own CLDR categories) and agree on their {{variables}}.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const localeFiles = import.meta.glob<Json>('../../../locales/*/*.json', { eager: true, import: 'default' });
const rendererSources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const contractSources = import.meta.glob<string>(['../../../src-main/contract/**/*.ts', '!../../../src-main/contract/**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

// The main process's texts (locales/<lng>/server.json: files and dialogs it writes) are used there.
const mainSources = import.meta.glob<string>(['../../../src-main/core/**/*.ts', '../../../src-main/electron/**/*.ts', '!../../../src-main/**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `ns:a.b.c` → string, for one language. */
function flatten(ns: string, value: Json, prefix = '', into = new Map<string, Json>()): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(ns, child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(`${ns}:${prefix}`, value);
  }
  return into;
}

function loadLanguage(lng: string): Map<string, Json> {
  const keys = new Map<string, Json>();
  for (const [path, content] of Object.entries(localeFiles)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match?.[1] === lng) flatten(match[2] as string, content, '', keys);
  }
  return keys;
}

/** Plural variants (`x_one`, `x_other`) collapse into their base key `x`. */
function logicalKeys(keys: Map<string, Json>): Map<string, { forms: Set<string>; texts: string[] }> {
  const logical = new Map<string, { forms: Set<string>; texts: string[] }>();
  for (const [key, text] of keys) {
    const plural = PLURAL_SUFFIX.exec(key);
    const base = plural ? key.slice(0, plural.index) : key;
    const entry = logical.get(base) ?? { forms: new Set<string>(), texts: [] };
    if (plural) entry.forms.add(plural[1] as string);
    entry.texts.push(typeof text === 'string' ? text : '');
    logical.set(base, entry);
  }
  return logical;
}

function variables(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

/** Keys written literally in code: t('ns:key'), i18nKey="ns:key", and 'ns:key' message literals. */
function extractUsedKeys(sources: string[], namespaces: string[]): Set<string> {
  const used = new Set<string>();
  const ns = namespaces.join('|');
  const patterns = [
    /\bt\(\s*['"`]([A-Za-z0-9_-]+:[A-Za-z0-9_.-]+)['"`]/g,
    /i18nKey=["'{`]+([A-Za-z0-9_-]+:[A-Za-z0-9_.-]+)["'`]/g,
    new RegExp(`['"\`]((?:${ns}):[A-Za-z0-9_.-]+)['"\`]`, 'g'),
  ];
  for (const source of sources) for (const pattern of patterns) for (const m of source.matchAll(pattern)) used.add(m[1] as string);
  return used;
}

const source = loadLanguage('de');
const sourceLogical = logicalKeys(source);
const namespaces = [...new Set([...source.keys()].map((k) => k.split(':')[0] as string))];
const usedKeys = new Set([
  ...extractUsedKeys(Object.values(rendererSources), namespaces),
  // The contract's rules carry their messages as keys, shared (validation:…) and the modules' own.
  ...extractUsedKeys(Object.values(contractSources), namespaces),
  ...extractUsedKeys(Object.values(mainSources), ['server']),
  ...DYNAMIC_KEYS,
]);

const list = (keys: string[]) => '\n  ' + keys.sort().join('\n  ');

describe('i18n keys', () => {
  it('finds the source language and the code', () => {
    expect(source.size).toBeGreaterThan(50);
    expect(Object.keys(rendererSources).length).toBeGreaterThan(10);
    expect(usedKeys.size).toBeGreaterThan(50);
  });

  it('has every used key in German', () => {
    const missing = [...usedKeys].filter((k) => !sourceLogical.has(k));
    expect(missing, `used in code but missing in locales/de:${list(missing)}`).toEqual([]);
  });

  it('uses every German key', () => {
    const unused = [...sourceLogical.keys()].filter((k) => !usedKeys.has(k));
    expect(unused, `in locales/de but not used (add to DYNAMIC_KEYS if built at run time):${list(unused)}`).toEqual([]);
  });

  for (const lng of UI_LANGUAGES) {
    describe(lng, () => {
      const keys = loadLanguage(lng);
      const logical = logicalKeys(keys);
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];

      it('has the same keys as German', () => {
        const missing = [...sourceLogical.keys()].filter((k) => !logical.has(k));
        const extra = [...logical.keys()].filter((k) => !sourceLogical.has(k));
        expect(missing, `missing in ${lng}:${list(missing)}`).toEqual([]);
        expect(extra, `in ${lng} but not in de:${list(extra)}`).toEqual([]);
      });

      it('has no empty or non-text values', () => {
        const empty = [...keys].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([k]) => k);
        expect(empty, `empty in ${lng}:${list(empty)}`).toEqual([]);
      });

      it(`has exactly the plural forms of ${lng} (${categories.join(', ')})`, () => {
        const wrong: string[] = [];
        for (const [key, { forms }] of logical) {
          const isPlural = forms.size > 0 || (sourceLogical.get(key)?.forms.size ?? 0) > 0;
          if (!isPlural) continue;
          const missing = categories.filter((c) => !forms.has(c));
          const extra = [...forms].filter((c) => !categories.includes(c));
          if (missing.length) wrong.push(`${key}: missing ${missing.map((c) => `_${c}`).join(', ')}`);
          if (extra.length) wrong.push(`${key}: not a ${lng} plural form ${extra.map((c) => `_${c}`).join(', ')}`);
        }
        expect(wrong, `plural forms in ${lng}:${list(wrong)}`).toEqual([]);
      });

      it('uses the same {{variables}} as German', () => {
        const differing: string[] = [];
        for (const [key, { texts }] of logical) {
          const expected = sourceLogical.get(key);
          if (!expected) continue;
          const want = variables(expected.texts).join(', ');
          const have = variables(texts).join(', ');
          if (want !== have) differing.push(`${key}: de has {${want}}, ${lng} has {${have}}`);
        }
        expect(differing, `interpolation variables in ${lng}:${list(differing)}`).toEqual([]);
      });
    });
  }

  // Client forms (locales/<lng>/forms.json) exist in every client-form language of the registry,
  // complete and written in that language (a text identical to German is a text nobody translated).
  const formKeys = [...source.keys()].filter((k) => k.startsWith('forms:'));
  // The same word in both languages, checked by a person.
  const IDENTICAL_TO_GERMAN_ON_PURPOSE = new Set<string>(['en/forms:checklist.status']);
  for (const lng of CLIENT_FORM_LANGUAGES.filter((l) => l !== 'de')) {
    it(`has every client-form text in ${lng}, translated`, () => {
      const keys = loadLanguage(lng);
      const missing = formKeys.filter((k) => typeof keys.get(k) !== 'string' || (keys.get(k) as string).trim() === '');
      const extra = [...keys.keys()].filter((k) => k.startsWith('forms:') && !source.has(k));
      const untranslated = formKeys.filter((k) => keys.get(k) === source.get(k) && !IDENTICAL_TO_GERMAN_ON_PURPOSE.has(`${lng}/${k}`));
      expect(missing, `form texts missing in ${lng}:${list(missing)}`).toEqual([]);
      expect(extra, `form texts in ${lng} but not in de:${list(extra)}`).toEqual([]);
      expect(untranslated, `form texts identical to German in ${lng}:${list(untranslated)}`).toEqual([]);
    });
  }
});
