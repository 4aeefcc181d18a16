import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_STATUSES, type CallStatus } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { CallsTable } from './CallsTable';
import { HeldDraftsPanel } from './HeldDrafts';
import { callStatusKey, dynamicKeys } from './keys';
import { ExportMenu } from '../../components/ExportMenu';
import { exportWords } from '../../components/export-words';
import { CALL_LIST_COLUMNS } from '../../../../src-main/contract/hotline';
import { Pagination } from './pagination';
import { usePaged } from './use-paged';
import { useTaxonomy } from './use-taxonomy';

/** All calls, newest first; searchable by employer or caller, filtered by status. */
export function CallsPage() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [status, setStatus] = useState<'all' | CallStatus>('all');
  const list = usePaged((query, page) => api.hotline.callsList({ query, page, status }), [status]);
  return (
    <>
      <div className="page-header">
        <PageHeading id="calls-heading">{t('hotline:nav.calls')}</PageHeading>
        <ExportMenu
          run={(format) =>
            api.hotline.callsExport({
              format,
              filter: { query: list.query, page: 1, status, employerId: null },
              columns: [...CALL_LIST_COLUMNS],
              texts: {
                title: t('hotline:nav.calls'),
                headers: {
                  startedAt: t('hotline:list.when'),
                  employer: t('hotline:call.employer'),
                  callerName: t('hotline:call.callerName'),
                  topic: t('hotline:call.topic'),
                  routing: t('hotline:call.routing'),
                  urgency: t('hotline:call.urgency'),
                  status: t('hotline:callDetail.status'),
                  openFollowUps: t('hotline:list.openFollowUps'),
                },
                // Topics and routing targets by id, as the screen names them (seeded or the admin's labels).
                words: exportWords(t, dynamicKeys, Object.fromEntries(taxonomy.entries.map((e) => [`hotline:taxonomy.${e.id}`, taxonomy.label(e.id)]))),
              },
            })
          }
        />
      </div>
      <HeldDraftsPanel />
      <div className="inline-form hotline-form" role="search">
        <FieldFrame label={t('hotline:list.searchCalls')}>
          {(c) => <input {...c} type="search" dir="auto" value={list.query} onChange={(e) => list.setQuery(e.target.value)} />}
        </FieldFrame>
        <FieldFrame label={t('hotline:callDetail.status')}>
          {(c) => (
            <select {...c} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
              <option value="all">{t('hotline:list.all')}</option>
              {CALL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(callStatusKey(s))}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      </div>
      <FormError error={list.error} />
      {list.data ? (
        <>
          <p className="muted">{t('hotline:list.count', { count: list.data.total })}</p>
          {list.data.items.length > 0 ? <CallsTable calls={list.data.items} taxonomy={taxonomy} labelledBy="calls-heading" /> : null}
          <Pagination page={list.page} pageSize={list.data.pageSize} total={list.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </>
  );
}
