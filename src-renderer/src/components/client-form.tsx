import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_FORM_LANGUAGES, findLanguage, textDirection } from '../../../src-main/contract';
import { hasTexts as languageHasTexts, isLanguageLoaded, loadLanguage } from '../i18n/load-language';

/**
 * Texts of a client-facing form (feedback, document checklist, consent) in the client's language,
 * independently of the UI language, and bilingual on paper: the client's text with the German one
 * beside it, so staff can read what was shown and signed. Texts live in `locales/<lng>/forms.json`.
 */
export function useClientForm(requested: string | null) {
  const { i18n } = useTranslation();
  const hasTexts = (lng: string) => languageHasTexts(lng, 'forms');
  const languages = CLIENT_FORM_LANGUAGES.filter(hasTexts);
  const wanted = requested && languages.includes(requested) ? requested : 'de';
  // A language's texts are fetched the first time a form is shown in it; until then the form
  // says it is loading rather than showing the client a German text.
  const [, setLoaded] = useState(0);
  const loaded = isLanguageLoaded(i18n, wanted);
  useEffect(() => {
    if (!loaded) void loadLanguage(i18n, wanted).then(() => setLoaded((n) => n + 1));
  }, [i18n, wanted, loaded]);
  const lng = loaded ? wanted : 'de';
  const ft = i18n.getFixedT(lng, 'forms');
  const de = i18n.getFixedT('de', 'forms');
  /** The client's text, and the German one under it unless the form is German. */
  const bi = (key: string, options?: Record<string, unknown>): ReactNode =>
    lng === 'de' ? (
      ft(key, options)
    ) : (
      <>
        {ft(key, options)}
        <span className="form-source" lang="de" dir="ltr">
          {de(key, options)}
        </span>
      </>
    );
  return {
    lng,
    /** False while the chosen language's texts are still being fetched. */
    ready: loaded,
    languages,
    hasTexts,
    ft,
    bi,
    dir: textDirection(lng),
    /** The font family the script needs (Ethiopic, Tamil…), so it never prints as empty boxes. */
    fontFamily: `'${findLanguage(lng)?.font ?? 'Noto Sans'}', 'Noto Sans', sans-serif`,
  };
}
