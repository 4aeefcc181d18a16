import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

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
