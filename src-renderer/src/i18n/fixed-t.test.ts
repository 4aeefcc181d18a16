import { describe, expect, it } from 'vitest';
import type { Resource } from 'i18next';
import { createI18n } from './create-i18n';
import { localeFileOf } from './load-language';

/*
 * The trap: with `supportedLngs` set to the UI languages only, i18next's getFixedT('ti') answered
 * in German although the Tigrinya texts were loaded (getResource gave Tigrinya), so a client's
 * form printed German. Built exactly as the app builds its instance, with the shipped files.
 */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });
const resources: Resource = {};
for (const [path, content] of Object.entries(files)) {
  const file = localeFileOf(path);
  if (file) (resources[file.lng] ??= {})[file.ns] = content;
}
const namespaces = [...new Set(Object.values(resources).flatMap((bundles) => Object.keys(bundles)))];

describe('a client form in a language that is not the UI language', () => {
  it('renders its own texts through getFixedT, whatever the UI language is', () => {
    const i18n = createI18n(resources, namespaces, 'de');
    const german = i18n.getFixedT('de', 'forms')('feedback.title');
    for (const lng of Object.keys(resources).filter((l) => resources[l]?.forms)) {
      const own = (resources[lng]?.forms as { feedback: { title: string } }).feedback.title;
      expect(i18n.getFixedT(lng, 'forms')('feedback.title'), lng).toBe(own);
      if (lng !== 'de') expect(own, lng).not.toBe(german);
    }
  });

  it('leaves the UI language alone while a form renders', () => {
    const i18n = createI18n(resources, namespaces, 'ar');
    i18n.getFixedT('de', 'forms')('feedback.title');
    expect(i18n.language).toBe('ar');
  });
});
