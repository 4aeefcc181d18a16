import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { TAXONOMY_KINDS, type TaxonomyEntry } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { taxonomyKindKey } from './keys';
import { TaxonomyAddForm } from './TaxonomyAddForm';
import { useTaxonomy, type Taxonomy } from './use-taxonomy';

/**
 * Administration: topics, sub-topics, routing targets and outreach channels. Admins add entries
 * and deactivate them; an inactive entry is hidden from new calls but stays on logged ones.
 */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [message, showMessage] = useStatusMessage();
  const [error, setError] = useState<ErrorValue | null>(null);

  async function setActive(entry: TaxonomyEntry, active: boolean) {
    setError(null);
    const result = await api.hotline.taxonomySetActive({ id: entry.id, active });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await taxonomy.reload();
    showMessage(active ? 'hotline:taxonomy.reactivated' : 'hotline:taxonomy.deactivated');
  }

  return (
    <>
      <PageHeading>{t('hotline:nav.taxonomy')}</PageHeading>
      <p className="muted">{t('hotline:taxonomy.intro')}</p>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={error} />
      <TaxonomyAddForm taxonomy={taxonomy} onAdded={() => showMessage('hotline:taxonomy.added')} />
      {TAXONOMY_KINDS.filter((k) => k !== 'subtopic').map((k) => (
        <section className="panel" key={k} aria-labelledby={`tax-${k}`}>
          <h2 id={`tax-${k}`}>{t(taxonomyKindKey(k))}</h2>
          <ul className="taxonomy-list">
            {taxonomy.all(k).map((entry) => (
              <li key={entry.id}>
                <TaxonomyItem entry={entry} taxonomy={taxonomy} onSetActive={setActive} />
                {k === 'topic' && taxonomy.all('subtopic', entry.id).length > 0 ? (
                  <ul className="taxonomy-list">
                    {taxonomy.all('subtopic', entry.id).map((sub) => (
                      <li key={sub.id}>
                        <TaxonomyItem entry={sub} taxonomy={taxonomy} onSetActive={setActive} />
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function TaxonomyItem({
  entry,
  taxonomy,
  onSetActive,
}: {
  entry: TaxonomyEntry;
  taxonomy: Taxonomy;
  onSetActive: (entry: TaxonomyEntry, active: boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const name = taxonomy.label(entry.id);
  return (
    <span className={entry.active ? 'taxonomy-item' : 'taxonomy-item is-inactive'}>
      <bdi>{name}</bdi>
      {entry.active ? null : <span className="muted"> ({t('hotline:taxonomy.inactive')})</span>}
      <button
        type="button"
        className="button-link"
        aria-label={t(entry.active ? 'hotline:taxonomy.deactivateNamed' : 'hotline:taxonomy.reactivateNamed', { name })}
        onClick={() => void onSetActive(entry, !entry.active)}
      >
        {t(entry.active ? 'hotline:taxonomy.deactivate' : 'hotline:taxonomy.reactivate')}
      </button>
    </span>
  );
}
