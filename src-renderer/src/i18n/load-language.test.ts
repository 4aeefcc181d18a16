import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { germanResources, hasTexts, isLanguageLoaded, loadLanguage, NAMESPACES, TEXT_LANGUAGES } from './load-language';

// The shipped files, read here independently of the loader under test.
const FILES = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });
const onDisk = (lng: string, ns: string) => FILES[`../../../locales/${lng}/${ns}.json`];
const FOLDERS = [...new Set(Object.keys(FILES).map((file) => file.split('/')[4]))];

/** Built the way the app builds its instance: German only at the start. */
const fresh = () => createI18n(germanResources(), NAMESPACES, 'de', TEXT_LANGUAGES);

describe('languages loaded when first needed', () => {
  it('knows every language folder and which namespaces each has, before loading any', () => {
    expect([...TEXT_LANGUAGES].sort()).toEqual(FOLDERS.sort());
    expect(FOLDERS.length).toBeGreaterThanOrEqual(12);
    expect(hasTexts('ti', 'forms')).toBe(true);
    expect(hasTexts('ti', 'common')).toBe(false);
    expect(hasTexts('fa', 'common')).toBe(true);
  });

  it('starts with German only, and a loaded language answers in its own texts', async () => {
    const i18n = fresh();
    expect(i18n.hasResourceBundle('fa', 'common')).toBe(false);
    expect(isLanguageLoaded(i18n, 'fa')).toBe(false);
    const germanTitle = (onDisk('de', 'forms') as { feedback: { title: string } }).feedback.title;
    // Before loading, a Persian form would fall back to German …
    expect(i18n.getFixedT('fa', 'forms')('feedback.title')).toBe(germanTitle);
    await loadLanguage(i18n, 'fa');
    expect(isLanguageLoaded(i18n, 'fa')).toBe(true);
    // … after it, every namespace holds the file's texts.
    for (const ns of NAMESPACES) expect(i18n.getResourceBundle('fa', ns), ns).toEqual(onDisk('fa', ns));
    expect(i18n.getFixedT('fa', 'forms')('feedback.title')).toBe((onDisk('fa', 'forms') as { feedback: { title: string } }).feedback.title);
  });

  it('loads a form-only language (Tigrinya) for forms, and the same load twice is one load', async () => {
    const i18n = fresh();
    const first = loadLanguage(i18n, 'ti');
    expect(loadLanguage(i18n, 'ti')).toBe(first);
    await first;
    expect(isLanguageLoaded(i18n, 'ti')).toBe(true);
    expect(i18n.getResourceBundle('ti', 'forms')).toEqual(onDisk('ti', 'forms'));
  });
});
