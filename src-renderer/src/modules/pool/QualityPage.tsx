import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AssignmentSummary, ListPage, QualityRow } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { formatNumber } from '../../i18n/date-locale';
import { AssignmentsTable } from './AssignmentsTable';
import { TableScroll } from '../../components/TableScroll';

/** Ratings per interpreter with trend and low-rating flag; assignments still missing feedback. */
export function QualityPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [rows, setRows] = useState<QualityRow[] | null>(null);
  const [missing, setMissing] = useState<ListPage<AssignmentSummary>>({ rows: [], total: 0, offset: 0, pageSize: 0 });
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.pool.quality({}).then((r) => (r.ok ? setRows(r.value) : setError(r.error)));
    void api.pool.missingFeedback({}).then((r) => r.ok && setMissing(r.value));
  }, []);
  const n = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, lng));
  return (
    <>
      <PageHeading id="pool-quality-heading">{t('pool:quality.title')}</PageHeading>
      <FormError error={error} />
      {rows ? (
        <TableScroll labelledBy="pool-quality-heading">
          <table className="data-table" aria-labelledby="pool-quality-heading">
            <thead>
              <tr>
                <th scope="col">{t('pool:interpreter.name')}</th>
                <th scope="col">{t('pool:quality.count')}</th>
                <th scope="col">{t('pool:feedback.overall')}</th>
                <th scope="col">{t('pool:feedback.accuracy')}</th>
                <th scope="col">{t('pool:feedback.role')}</th>
                <th scope="col">{t('pool:feedback.punctuality')}</th>
                <th scope="col">{t('pool:feedback.confidentiality')}</th>
                <th scope="col">{t('pool:quality.trend')}</th>
                <th scope="col">{t('pool:quality.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.interpreterId} data-testid="pool-quality-row">
                  <th scope="row">
                    <bdi>{r.nameLatin}</bdi>
                  </th>
                  <td>{r.count}</td>
                  <td>{n(r.averages?.overall)}</td>
                  <td>{n(r.averages?.accuracy)}</td>
                  <td>{n(r.averages?.role)}</td>
                  <td>{n(r.averages?.punctuality)}</td>
                  <td>{n(r.averages?.confidentiality)}</td>
                  <td>{r.trend === null ? '–' : (r.trend > 0 ? '+' : '') + formatNumber(r.trend, lng)}</td>
                  <td>
                    {r.lowRating ? <strong className="pool-flag">{t('pool:quality.low')}</strong> : null}{' '}
                    {r.openSupervisionWishes > 0 ? t('pool:quality.supervisionWishes', { count: r.openSupervisionWishes }) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
      <section className="panel" aria-labelledby="pool-missing-heading">
        <h2 id="pool-missing-heading">{t('pool:quality.missing')}</h2>
        <AssignmentsTable rows={missing.rows} labelledBy="pool-missing-heading" />
        {missing.total > missing.rows.length ? (
          <p className="muted" data-testid="pool-missing-narrow">
            {t(missing.totalIsLowerBound ? 'common:pager.narrowMoreThan' : 'common:pager.narrow', { shown: missing.rows.length, total: missing.total })}
          </p>
        ) : null}
      </section>
    </>
  );
}
