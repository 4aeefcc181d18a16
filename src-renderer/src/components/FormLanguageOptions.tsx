import { useTranslation } from 'react-i18next';
import { CLIENT_FORM_LANGUAGES } from '../../../src-main/contract';
import { languageName, nativeLanguageName } from '../i18n/language-names';

/**
 * The `<option>`s of every client-form language picker (consent, feedback, document checklist):
 * the registry's client-form languages, each named in itself (the client points at their own)
 * and, for staff, in the UI language. `only` narrows them to the languages a form has texts in.
 */
export function FormLanguageOptions({ only }: { only?: (lng: string) => boolean }) {
  const { i18n } = useTranslation();
  const uiLng = i18n.resolvedLanguage ?? 'de';
  return (
    <>
      {CLIENT_FORM_LANGUAGES.filter((l) => only?.(l) ?? true).map((l) => {
        const own = nativeLanguageName(l);
        const staff = languageName(l, uiLng);
        return (
          <option key={l} value={l} lang={l}>
            {own === staff ? own : `${own} – ${staff}`}
          </option>
        );
      })}
    </>
  );
}
