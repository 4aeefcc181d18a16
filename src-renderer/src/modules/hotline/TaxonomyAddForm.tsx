import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { textDirection, UI_LANGUAGES, type ErrorValue } from '../../../../src-main/contract';
import { TAXONOMY_KINDS, taxonomyAddInput } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { nativeLanguageName } from '../../i18n/language-names';
import { ChoiceField, idChoice } from './ChoiceField';
import { taxonomyKindKey } from './keys';
import type { Taxonomy } from './use-taxonomy';

const NO_LABELS = { labels: { de: '' } };

/** An admin's new topic, sub-topic, routing target or outreach channel: named in German, and in any other UI language (else shown in German). */
export function TaxonomyAddForm({ taxonomy, onAdded }: { taxonomy: Taxonomy; onAdded: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm(taxonomyAddInput, { defaultValues: { kind: 'topic', parentId: null, ...NO_LABELS } });
  const { control, register, reset, getValues, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  const kind = useWatch({ control, name: 'kind' });
  const [error, setError] = useState<ErrorValue | null>(null);

  const add = handleSubmit(async (entry) => {
    setError(null);
    // Only a sub-topic has a parent; a topic picked before switching the kind does not count.
    const result = await api.hotline.taxonomyAdd({ ...entry, parentId: entry.kind === 'subtopic' ? entry.parentId : null });
    if (result.ok) {
      reset({ ...getValues(), ...NO_LABELS }, { keepFieldsRef: true });
      await taxonomy.reload();
      onAdded();
    } else if (!showServerIssues(result.error)) {
      setError(result.error);
    }
  });

  return (
    <section className="panel" aria-labelledby="tax-add">
      <h2 id="tax-add">{t('hotline:taxonomy.add')}</h2>
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => void add(event)}
      >
        <SelectField label={t('hotline:taxonomy.kind')} error={errors.kind} registration={register('kind')}>
          {TAXONOMY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(taxonomyKindKey(k))}
            </option>
          ))}
        </SelectField>
        {kind === 'subtopic' ? (
          <ChoiceField
            label={t('hotline:taxonomy.parent')}
            error={errors.parentId}
            registration={register('parentId', idChoice)}
            value={getValues('parentId')}
            empty={t('hotline:call.choose')}
            options={taxonomy.of('topic').map((o) => ({ id: o.id, label: taxonomy.label(o.id) }))}
          />
        ) : null}
        <p className="muted">{t('hotline:taxonomy.labelFallback')}</p>
        {UI_LANGUAGES.map((l) => (
          <TextField
            key={l}
            label={t('hotline:taxonomy.labelIn', { language: nativeLanguageName(l) })}
            error={errors.labels?.[l]}
            lang={l}
            dir={textDirection(l)}
            maxLength={80}
            registration={register(`labels.${l}`)}
          />
        ))}
        <button type="submit" className="button-primary">
          {t('hotline:taxonomy.save')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
