import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/language-names';
import { usePoolLanguages, withCurrent } from './use-pool-languages';

/**
 * The `<option>`s of every pool language picker (interpreter languages, booking language): the
 * registry plus the pool's extra languages, by name in the reader's alphabet order. A stored
 * value no longer offered stays selectable, so editing an old record never changes it silently.
 */
export function PoolLanguageOptions({ current }: { current?: string | undefined }) {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const collator = new Intl.Collator(lng);
  const options = withCurrent(usePoolLanguages(), current)
    .map((l) => ({ code: l.code, label: languageName(l.code, lng, l.name) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </>
  );
}
