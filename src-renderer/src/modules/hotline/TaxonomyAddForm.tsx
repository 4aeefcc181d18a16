import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { TAXONOMY_KINDS, taxonomyAddInput, type TaxonomyKind } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormField, issuesByField } from './FormField';
import { taxonomyKindKey } from './keys';
import type { Taxonomy } from './use-taxonomy';

/** An admin's new topic, sub-topic, routing target or outreach channel, labelled in all three languages. */
export function TaxonomyAddForm({ taxonomy, onAdded }: { taxonomy: Taxonomy; onAdded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TaxonomyKind>('topic');
  const [parentId, setParentId] = useState('');
  const [labels, setLabels] = useState({ labelDe: '', labelEn: '', labelAr: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);

  async function add() {
    const parsed = taxonomyAddInput.safeParse({ kind, parentId: kind === 'subtopic' && parentId ? Number(parentId) : null, ...labels });
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setError(null);
    const result = await api.hotline.taxonomyAdd(parsed.data);
    if (result.ok) {
      setLabels({ labelDe: '', labelEn: '', labelAr: '' });
      await taxonomy.reload();
      onAdded();
    } else {
      setError(result.error);
    }
  }

  return (
    <section className="panel" aria-labelledby="tax-add">
      <h2 id="tax-add">{t('hotline:taxonomy.add')}</h2>
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <FormField label={t('hotline:taxonomy.kind')}>
          {(c) => (
            <select {...c} value={kind} onChange={(e) => setKind(e.target.value as TaxonomyKind)}>
              {TAXONOMY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(taxonomyKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {kind === 'subtopic' ? (
          <FormField label={t('hotline:taxonomy.parent')} error={errors.parentId}>
            {(c) => (
              <select {...c} value={parentId} onChange={(e) => setParentId(e.target.value)}>
                <option value="">{t('hotline:call.choose')}</option>
                {taxonomy.of('topic').map((o) => (
                  <option key={o.id} value={o.id}>
                    {taxonomy.label(o.id)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <FormField label={t('hotline:taxonomy.labelDe')} error={errors.labelDe}>
          {(c) => <input {...c} type="text" lang="de" dir="ltr" maxLength={80} value={labels.labelDe} onChange={(e) => setLabels({ ...labels, labelDe: e.target.value })} />}
        </FormField>
        <FormField label={t('hotline:taxonomy.labelEn')} error={errors.labelEn}>
          {(c) => <input {...c} type="text" lang="en" dir="ltr" maxLength={80} value={labels.labelEn} onChange={(e) => setLabels({ ...labels, labelEn: e.target.value })} />}
        </FormField>
        <FormField label={t('hotline:taxonomy.labelAr')} error={errors.labelAr}>
          {(c) => <input {...c} type="text" lang="ar" dir="rtl" maxLength={80} value={labels.labelAr} onChange={(e) => setLabels({ ...labels, labelAr: e.target.value })} />}
        </FormField>
        <button type="submit" className="button-primary">
          {t('hotline:taxonomy.save')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
