import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseListPage } from '../../../../src-main/contract/housing';
import { CASE_SORTS } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { actorKey, dynamicKeys } from './keys';
import { ExportMenu } from '../../components/ExportMenu';
import { exportWords } from '../../components/export-words';
import { CASE_LIST_COLUMNS } from '../../../../src-main/contract/housing';
import { useHousingSettings, useStageLabel } from './use-housing-settings';

type Sort = (typeof CASE_SORTS)[number];
const PAGE = 100;

/** All cases as a table; every column header sorts (in SQL, page by page). */
export function CasesListPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const settings = useHousingSettings();
  const stageLabel = useStageLabel(settings);
  const [sort, setSort] = useState<{ by: Sort; direction: 'asc' | 'desc' }>({ by: 'daysInStage', direction: 'desc' });
  const [includeEnded, setIncludeEnded] = useState(false);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<CaseListPage | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.housing.casesList({ sort: sort.by, direction: sort.direction, includeEnded, offset, limit: PAGE }).then((r) => {
      if (r.ok) setPage(r.value);
      else setError(r.error);
    });
  }, [sort, includeEnded, offset]);

  const header = (by: Sort, label: string) => {
    const active = sort.by === by;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="housing-sort"
          onClick={() => {
            setOffset(0);
            setSort({ by, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' });
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <>
      <div className="page-header">
        <PageHeading id="housing-list-heading">{t('housing:list.title')}</PageHeading>
        <ExportMenu
          run={(format) =>
            api.housing.casesExport({
              format,
              filter: { sort: sort.by, direction: sort.direction, includeEnded, offset: 0, limit: PAGE },
              columns: [...CASE_LIST_COLUMNS],
              texts: {
                title: t('housing:list.title'),
                headers: {
                  reference: t('housing:list.reference'),
                  stage: t('housing:list.stage'),
                  daysInStage: t('housing:list.daysInStage'),
                  waitingOn: t('housing:list.waitingOn'),
                  waitingSince: t('housing:list.waitingSince'),
                  members: t('housing:list.members'),
                  accommodation: t('housing:list.accommodation'),
                  expiringDocuments: t('housing:list.expiringDocuments'),
                },
                // The installation's own stages by the names the board shows.
                words: exportWords(t, dynamicKeys, Object.fromEntries((settings?.stages ?? []).map((s) => [`housing:stage.${s.key}`, stageLabel(s.key)]))),
              },
            })
          }
        />
      </div>
      <div className="check">
        <input id="housing-include-ended" type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.target.checked)} />
        <label htmlFor="housing-include-ended">{t('housing:list.includeEnded')}</label>
      </div>
      <FormError error={error} />
      {page ? (
        <>
          <div className="table-scroll">
            <table className="data-table" aria-labelledby="housing-list-heading">
              <thead>
                <tr>
                  {header('reference', t('housing:list.reference'))}
                  {header('stage', t('housing:list.stage'))}
                  {header('daysInStage', t('housing:list.daysInStage'))}
                  {header('waitingDays', t('housing:list.waitingOn'))}
                  {header('members', t('housing:list.members'))}
                  <th scope="col">{t('housing:list.accommodation')}</th>
                  <th scope="col">{t('housing:list.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <button type="button" className="button-link" onClick={() => navigate('housing.case', { id: c.id })}>
                        <bdi>{c.reference}</bdi>
                      </button>
                    </th>
                    <td>{stageLabel(c.stage)}</td>
                    <td>{t('housing:card.days', { count: c.daysInStage })}</td>
                    <td>
                      {c.waitingOn
                        ? `${t(actorKey(c.waitingOn.actor))} · ${formatDateTime(c.waitingOn.since, lng)} (${t('housing:card.days', { count: c.waitingOn.days })})`
                        : '—'}
                    </td>
                    <td>{c.members}</td>
                    <td dir="auto">{c.accommodationName}</td>
                    <td>{c.expiringDocuments > 0 ? <span className="badge badge-warning">{t('housing:card.expiringDocuments', { count: c.expiringDocuments })}</span> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('housing:list.showing', { from: page.total === 0 ? 0 : offset + 1, to: offset + page.rows.length, total: page.total })}</p>
          <div className="actions">
            <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('housing:list.previous')}
            </button>
            <button type="button" className="button-secondary" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
              {t('housing:list.next')}
            </button>
          </div>
        </>
      ) : null}
    </>
  );
}
