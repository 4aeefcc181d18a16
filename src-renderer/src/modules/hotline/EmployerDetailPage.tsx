import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { EmployerView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';
import { CallsTable } from './CallsTable';
import { ContactsSection } from './ContactsSection';
import { EmployerForm } from './EmployerForm';
import { InCallNotice } from './HeldDrafts';
import { Pagination } from './pagination';
import { usePaged } from './use-paged';
import { useTaxonomy } from './use-taxonomy';
import { RecordHistory } from '../../components/RecordHistory';

/** One employer: data, notes, contact persons and the full call history. `id: 0` creates one. */
export function EmployerDetailPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const id = Number(params.id);
  const [employer, setEmployer] = useState<EmployerView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const history = usePaged(
    (_q, page) =>
      id
        ? api.hotline.callsList({ employerId: id, page, status: 'all', query: '' })
        : Promise.resolve({ ok: true as const, value: { items: [], total: 0, page: 1, pageSize: 1 } }),
    [id],
  );

  const load = useCallback(async () => {
    if (!id) return;
    const result = await api.hotline.employerGet({ id });
    if (result.ok) setEmployer(result.value);
    else setError(result.error);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!id) {
    return (
      <>
        <PageHeading>{t('hotline:employer.add')}</PageHeading>
        <EmployerForm employer={null} onSaved={(saved) => navigate('hotline.employerDetail', { id: saved.id })} />
      </>
    );
  }
  return (
    <>
      <PageHeading>{employer ? <bdi>{employer.name}</bdi> : t('hotline:employer.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={error} />
      {employer ? (
        <>
          <InCallNotice holders={employer.inCallWith} />
          <section className="panel" aria-labelledby="employer-data-heading">
            <h2 id="employer-data-heading">{t('hotline:employer.data')}</h2>
            <EmployerForm
              key={employer.id}
              employer={employer}
              onSaved={(saved) => {
                setEmployer(saved);
                showMessage('hotline:employer.saved');
              }}
            />
          </section>
          <ContactsSection employerId={employer.id} contacts={employer.contacts} onChanged={() => void load()} />
          <section className="panel panel-wide" aria-labelledby="history-heading">
            <h2 id="history-heading">{t('hotline:employer.history')}</h2>
            {history.data && history.data.items.length > 0 ? (
              <>
                <CallsTable calls={history.data.items} taxonomy={taxonomy} labelledBy="history-heading" showEmployer={false} />
                <Pagination page={history.page} pageSize={history.data.pageSize} total={history.data.total} onPage={history.setPage} />
              </>
            ) : (
              <p className="muted">{t('hotline:employer.noCalls')}</p>
            )}
          </section>
        </>
      ) : null}
      <RecordHistory entity="hotlineEmployer" id={id} />
    </>
  );
}
