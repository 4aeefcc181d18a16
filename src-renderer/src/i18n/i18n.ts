import type { i18n as I18n } from 'i18next';
import { isUiLanguage, textDirection, type UiLanguage } from '../../../src-main/contract';
import { createI18n } from './create-i18n';
import { initialLanguage } from './language-preference';
import { germanResources, loadLanguage, NAMESPACES, TEXT_LANGUAGES } from './load-language';

/**
 * The one i18next instance. It starts with German (bundled); `ready` resolves once the language
 * this machine last used is loaded too, and the app renders only then, so nobody sees German
 * flash by. Other languages load when first chosen (`useUiLanguage`) or printed (`useClientForm`).
 */
export const i18n: I18n = createI18n(germanResources(), NAMESPACES, 'de', TEXT_LANGUAGES);

export const ready: Promise<void> = (async () => {
  const lng = initialLanguage();
  try {
    await loadLanguage(i18n, lng);
  } catch {
    // Its texts could not be read: German stays, which is every language's fallback anyway.
    return;
  }
  await i18n.changeLanguage(lng);
})();

export function applyDocumentLanguage(lng: UiLanguage): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = textDirection(lng);
}

applyDocumentLanguage(initialLanguage());
i18n.on('languageChanged', (lng) => {
  if (isUiLanguage(lng)) applyDocumentLanguage(lng);
});
