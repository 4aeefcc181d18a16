import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../../src-main/contract';
import { isUiLanguage } from '../i18n/language-preference';
import { nativeLanguageName } from '../i18n/language-names';
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

/** Each UI language named in itself (from the registry): a reader finds their own whatever is shown now. */
export function LanguageOptions() {
  return (
    <>
      {UI_LANGUAGES.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {nativeLanguageName(lng)}
        </option>
      ))}
    </>
  );
}
