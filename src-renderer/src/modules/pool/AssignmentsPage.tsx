import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, type AssignmentSummary, type UnmetDemandRow } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { AssignmentsTable } from './AssignmentsTable';
import { languageName } from './format';
import { dynamicKeys, enumKey } from './keys';
import { ExportMenu } from '../../components/ExportMenu';
import { exportWords, languageWords } from '../../components/export-words';
import { ASSIGNMENT_LIST_COLUMNS } from '../../../../src-main/contract/pool';

const PAGE = 50;

/** Requests and assignments, filtered by status, paginated; unmet demand per language. */
export function AssignmentsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const [status, setStatus] = useState<AssignmentStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: AssignmentSummary[]; total: number } | null>(null);
  const [unmet, setUnmet] = useState<UnmetDemandRow[]>([]);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.pool
      .assignmentsList({ status: status || null, from: '', to: '', interpreterId: null, limit: PAGE, offset })
      .then((r) => (r.ok ? setPage(r.value) : setError(r.error)));
  }, [status, offset]);
  useEffect(() => {
    void api.pool.unmetDemand({}).then((r) => r.ok && setUnmet(r.value));
  }, []);

  return (
    <>
      <div className="page-header">
        <PageHeading id="pool-assignments-heading">{t('pool:assignments.title')}</PageHeading>
        <ExportMenu
          run={(format) =>
            api.pool.assignmentsExport({
              format,
              filter: { status: status || null, from: '', to: '', interpreterId: null, limit: PAGE, offset: 0 },
              columns: [...ASSIGNMENT_LIST_COLUMNS],
              texts: {
                title: t('pool:assignments.title'),
                headers: {
                  start: t('pool:assignment.when'),
                  language: t('pool:assignment.language'),
                  topic: t('pool:assignment.topic'),
                  requester: t('pool:assignment.requester'),
                  interpreter: t('pool:assignment.interpreter'),
                  status: t('pool:assignment.status'),
                },
                words: exportWords(t, dynamicKeys, languageWords(lng)),
              },
            })
          }
        />
        <button type="button" className="button-primary" onClick={() => navigate('pool.book')}>
          {t('pool:assignments.new')}
        </button>
      </div>
      <FieldFrame className="pool-search" label={t('pool:assignments.filterStatus')}>
        {(control) => (
          <select
            {...control}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as AssignmentStatus | '');
              setOffset(0);
            }}
          >
            <option value="">{t('pool:assignments.all')}</option>
            {ASSIGNMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(enumKey('status', s))}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FormError error={error} />
      {page ? (
        <>
          <AssignmentsTable rows={page.rows} labelledBy="pool-assignments-heading" />
          <div className="actions">
            <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('pool:paging.previous')}
            </button>
            <span>{t('pool:paging.range', { from: page.total === 0 ? 0 : offset + 1, to: offset + page.rows.length, total: page.total })}</span>
            <button type="button" className="button-secondary" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
              {t('pool:paging.next')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
      {unmet.length > 0 ? (
        <section className="panel" aria-labelledby="pool-unmet-heading">
          <h2 id="pool-unmet-heading">{t('pool:assignments.unmetTitle')}</h2>
          <ul>
            {unmet.map((u) => (
              <li key={u.language}>
                {languageName(u.language, lng)}: {u.count}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
