import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RTL_LANGUAGES, UI_LANGUAGES, type UiLanguage } from '../../../src-main/contract';
import { initialLanguage } from './language-preference';

/** All of locales/<lng>/<ns>.json, bundled: nothing is fetched at run time. */
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

function buildResources(): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    (resources[lng] ??= {})[ns] = content;
    namespaces.add(ns);
  }
  return { resources, namespaces: [...namespaces] };
}

const { resources, namespaces } = buildResources();

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'de',
  supportedLngs: [...UI_LANGUAGES],
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

export function applyDocumentLanguage(lng: UiLanguage): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = RTL_LANGUAGES.includes(lng) ? 'rtl' : 'ltr';
}

applyDocumentLanguage(initialLanguage());
i18n.on('languageChanged', (lng) => {
  if ((UI_LANGUAGES as readonly string[]).includes(lng)) applyDocumentLanguage(lng as UiLanguage);
});
