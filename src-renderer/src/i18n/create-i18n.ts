import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** `locales/<lng>/<ns>.json` files (as Vite's glob gives them) → i18next resources and namespaces. */
export function buildResources(files: Record<string, Record<string, unknown>>): { resources: Resource; namespaces: string[] } {
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

/**
 * The one i18next instance's set-up, without the browser (so a test builds the same one).
 *
 * `supportedLngs` lists every language that has texts (`languages`; loaded or not yet), not only
 * the UI languages: i18next's `getFixedT(lng)` falls back to German for a language outside
 * `supportedLngs` even when its resources are loaded, so a Tigrinya form would print in German. Which languages the UI may
 * switch to is decided by the registry (`isUiLanguage`), not here.
 */
export function createI18n(resources: Resource, namespaces: readonly string[], lng: string, languages: readonly string[] = Object.keys(resources)): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'de',
    supportedLngs: [...languages],
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
}
