import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { FeeStatement, InterpreterSummary } from '../../../../src-main/contract/pool';
import { INTERPRETER_PAGE_MAX } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { download } from '../../components/download';
import { formatEuro } from '../../i18n/date-locale';
import { localDateTime, monthName } from './format';
import { enumKey } from './keys';
import { printSection } from './print';
import { TableScroll } from '../../components/TableScroll';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Fee statement (Honorarabrechnung) per interpreter and month: print or export for payment. */
export function FeesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [interpreters, setInterpreters] = useState<InterpreterSummary[]>([]);
  const [interpreterTotal, setInterpreterTotal] = useState(0);
  const [interpreterId, setInterpreterId] = useState<number | null>(null);
  const [month, setMonth] = useState(thisMonth());
  const [statement, setStatement] = useState<FeeStatement | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.pool.interpretersList({ search: '', status: null, limit: INTERPRETER_PAGE_MAX }).then((r) => {
      if (!r.ok) return setError(r.error);
      setInterpreters(r.value.rows);
      setInterpreterTotal(r.value.total);
      setInterpreterId((current) => current ?? r.value.rows[0]?.id ?? null);
    });
  }, []);
  useEffect(() => {
    if (interpreterId === null || !/^\d{4}-\d{2}$/.test(month)) return;
    void api.pool.feeStatement({ interpreterId, month }).then((r) => (r.ok ? (setStatement(r.value), setError(null)) : setError(r.error)));
  }, [interpreterId, month]);

  const xlsx = async (id: number | null) => {
    const r = await api.pool.feeStatementXlsx({ interpreterId: id, month });
    if (r.ok) download(r.value);
    else setError(r.error);
  };

  return (
    <>
      <PageHeading>{t('pool:fees.title')}</PageHeading>
      <div className="pool-inline-form no-print">
        <FieldFrame className="pool-cell" label={t('pool:fees.interpreter')}>
          {(control) => (
            <select {...control} value={interpreterId ?? ''} onChange={(e) => setInterpreterId(Number(e.target.value))}>
              {interpreters.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.nameLatin}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        {interpreterTotal > interpreters.length ? <p className="muted">{t('common:pager.narrow', { shown: interpreters.length, total: interpreterTotal })}</p> : null}
        <FieldFrame className="pool-cell" label={t('pool:fees.month')}>
          {(control) => <input {...control} type="month" value={month} onChange={(e) => setMonth(e.target.value)} />}
        </FieldFrame>
      </div>
      <FormError error={error} />
      {statement ? (
        <section className="panel" aria-labelledby="pool-fee-heading" data-print-section="fees">
          <h2 id="pool-fee-heading">
            {t('pool:fees.heading', { month: monthName(statement.month, lng) })} – <bdi>{statement.nameLatin}</bdi>
          </h2>
          <TableScroll labelledBy="pool-fee-heading">
            <table className="data-table" aria-labelledby="pool-fee-heading">
              <thead>
                <tr>
                  <th scope="col">{t('pool:assignment.when')}</th>
                  <th scope="col">{t('pool:assignment.status')}</th>
                  <th scope="col">{t('pool:fees.minutes')}</th>
                  <th scope="col">{t('pool:fees.time')}</th>
                  <th scope="col">{t('pool:fees.km')}</th>
                  <th scope="col">{t('pool:fees.travel')}</th>
                  <th scope="col">{t('pool:fees.total')}</th>
                </tr>
              </thead>
              <tbody>
                {statement.lines.map((l) => (
                  <tr key={l.assignmentId}>
                    <td className="cell-nowrap">{localDateTime(l.start, lng)}</td>
                    <td>
                      {t(enumKey('status', l.status))}
                      {l.lateCancellation ? ` (${t('pool:assignment.late')})` : ''}
                    </td>
                    <td>{l.minutes}</td>
                    <td>{formatEuro(l.timeCents, lng)}</td>
                    <td>{l.travelKm}</td>
                    <td>{formatEuro(l.travelCents, lng)}</td>
                    <td>{formatEuro(l.totalCents, lng)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('pool:fees.sum')}
                  </th>
                  <td>{statement.totals.minutes}</td>
                  <td>{formatEuro(statement.totals.timeCents, lng)}</td>
                  <td>{statement.totals.travelKm}</td>
                  <td>{formatEuro(statement.totals.travelCents, lng)}</td>
                  <td data-testid="pool-fee-total">
                    <strong>{formatEuro(statement.totals.totalCents, lng)}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
          <p>{t('pool:fees.cancellations', { amount: formatEuro(statement.totals.cancellationCents, lng) })}</p>
          <div className="actions no-print">
            <button type="button" className="button-secondary" onClick={() => printSection('fees')}>
              {t('pool:fees.print')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={async () => {
                const r = await api.pool.feeStatementExport({
                  interpreterId: statement.interpreterId,
                  month: statement.month,
                  texts: {
                    assignment: t('pool:fees.csvAssignment'),
                    start: t('pool:assignment.when'),
                    status: t('pool:assignment.status'),
                    minutes: t('pool:fees.minutes'),
                    fee: t('pool:fees.csvFee'),
                    km: t('pool:fees.km'),
                    travel: t('pool:fees.csvTravel'),
                    lateCancellation: t('pool:fees.csvLate'),
                    total: t('pool:fees.csvTotal'),
                    sum: t('pool:fees.sum'),
                    yes: t('common:yes'),
                    no: t('common:no'),
                    statuses: { done: t('pool:status.done'), cancelled: t('pool:status.cancelled'), noShow: t('pool:status.noShow') },
                  },
                });
                if (r.ok) download(r.value);
                else setError(r.error);
              }}
            >
              {t('pool:fees.export')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void xlsx(statement.interpreterId)}>
              {t('pool:fees.exportXlsx')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void xlsx(null)}>
              {t('pool:fees.exportMonthXlsx')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
