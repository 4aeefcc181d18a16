import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../src-main/contract';
import { isUiLanguage, rememberLanguage } from './language-preference';
import { loadLanguage } from './load-language';

/**
 * The active UI language. Choosing one (on the log-in or setup screen, or a user's saved
 * preference after log-in) also remembers it on this machine, so the next log-in screen
 * opens in it.
 */
export function useUiLanguage(): { language: UiLanguage; setLanguage: (lng: UiLanguage) => void } {
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'de';
  const setLanguage = useCallback(
    (lng: UiLanguage) => {
      rememberLanguage(lng);
      if (i18n.language === lng) return;
      // Its texts are fetched the first time; if that fails the UI stays as it is.
      loadLanguage(i18n, lng).then(
        () => i18n.changeLanguage(lng),
        () => undefined,
      );
    },
    [i18n],
  );
  return { language, setLanguage };
}
