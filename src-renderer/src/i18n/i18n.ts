import type { i18n as I18n } from 'i18next';
import { isUiLanguage, textDirection, type UiLanguage } from '../../../src-main/contract';
import { buildResources, createI18n } from './create-i18n';
import { initialLanguage } from './language-preference';

/** All of locales/<lng>/<ns>.json, bundled: nothing is fetched at run time. */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

const { resources, namespaces } = buildResources(files);

export const i18n: I18n = createI18n(resources, namespaces, initialLanguage());

export function applyDocumentLanguage(lng: UiLanguage): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = textDirection(lng);
}

applyDocumentLanguage(initialLanguage());
i18n.on('languageChanged', (lng) => {
  if (isUiLanguage(lng)) applyDocumentLanguage(lng);
});
