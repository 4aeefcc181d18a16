import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../../src-main/contract';
import { languageKey } from '../i18n/dynamic-keys';
import { isUiLanguage } from '../i18n/language-preference';
import { useUiLanguage } from '../i18n/use-ui-language';

/** Switches the UI language at once; each language is named in itself. */
export function LanguageSelect({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useUiLanguage();
  const id = useId();
  return (
    <div className={className ?? 'field'}>
      <label htmlFor={id}>{t('common:uiLanguage')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        <LanguageOptions />
      </select>
    </div>
  );
}

export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {UI_LANGUAGES.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {t(languageKey(lng))}
        </option>
      ))}
    </>
  );
}
