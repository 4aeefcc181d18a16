import { useTranslation } from 'react-i18next';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { PoolSettingsView } from '../../../../src-main/contract/pool';
import { TextField } from '../../components/form';

/**
 * The pool's own languages and dialects beyond the registry (e.g. `kmr` Kurmanji, `ar-LB`
 * Levantine Arabic): a code in BCP 47 form and the name staff know it by. They are offered in every
 * pool language picker at once; no release needed.
 */
export function ExtraLanguagesFields({
  control,
  register,
  errors,
}: {
  control: Control<PoolSettingsView>;
  register: UseFormRegister<PoolSettingsView>;
  errors: FieldErrors<PoolSettingsView>;
}) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: 'extraLanguages' });
  return (
    <fieldset className="panel">
      <legend>{t('pool:settings.extraLanguages')}</legend>
      <p className="muted">{t('pool:settings.extraLanguagesHint')}</p>
      {rows.fields.map((field, i) => {
        const n = t('pool:settings.extraLanguageN', { n: i + 1 });
        return (
          <div className="pool-row" key={field.id} role="group" aria-label={n}>
            <TextField className="pool-cell input-short" label={t('pool:settings.languageCode')} registration={register(`extraLanguages.${i}.code`)} error={errors.extraLanguages?.[i]?.code} dir="ltr" autoComplete="off" />
            <TextField className="pool-cell" label={t('pool:settings.languageName')} registration={register(`extraLanguages.${i}.name`)} error={errors.extraLanguages?.[i]?.name} dir="auto" autoComplete="off" />
            <button type="button" className="button-secondary button-small" onClick={() => rows.remove(i)}>
              {t('pool:form.remove')}
              <span className="visually-hidden"> {n}</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="button-secondary button-small" onClick={() => rows.append({ code: '', name: '' })}>
        {t('pool:settings.addExtraLanguage')}
      </button>
    </fieldset>
  );
}
