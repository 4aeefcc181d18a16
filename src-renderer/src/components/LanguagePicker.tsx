import type { FieldError, Merge, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languageLabel } from '../i18n/language-names';
import { CheckboxGroup } from './CheckboxGroup';

interface LanguagePickerProps {
  legend: string;
  /** The languages offered (codes); the caller decides which list (today the app's common languages). */
  languages: readonly string[];
  /** One registration for all boxes: react-hook-form collects the chosen codes into an array. */
  registration: UseFormRegisterReturn;
  error?: Merge<FieldError, (FieldError | undefined)[]>;
}

/**
 * Languages chosen by name, never typed as codes: each box reads "Persisch · فارسی" (the UI
 * language's name and the language's own).
 */
export function LanguagePicker({ legend, languages, registration, error }: LanguagePickerProps) {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const options = languages.map((code) => ({ value: code, label: languageLabel(code, lng) }));
  return (
    <div className="language-picker">
      <CheckboxGroup legend={legend} options={options} registration={registration} {...(error ? { error } : {})} />
    </div>
  );
}
