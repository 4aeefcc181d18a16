import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCell, ReportTable } from '../../../../src-main/contract';
import { reportTableKey } from '../../../../src-main/contract/reports';
import { TableScroll } from '../../components/TableScroll';
import { ReportChart } from './ReportChart';
import { useReportText } from './report-text';

/** One table of a report: its numbers for this period and the one before, and for a breakdown its chart beside it. */
export function ReportTableSection({ table, threshold }: { table: ReportTable; threshold: number }) {
  const { t } = useTranslation();
  const { label, cell } = useReportText();
  const headingId = useId();
  const change = (now: ReportCell, before: ReportCell) =>
    now.mark === 'shown' && before.mark === 'shown' && now.value !== null && before.value !== null ? now.value - before.value : null;
  const hasBars = table.kind === 'breakdown' && table.rows.some((r) => r.current.mark === 'shown' || r.previous.mark === 'shown');
  return (
    <section className={`panel panel-wide report-table report-${table.kind}`} aria-labelledby={headingId} data-report-table={table.id}>
      <h2 id={headingId}>{t(reportTableKey(table.id))}</h2>
      {table.rows.length === 0 ? (
        <p className="muted">{t('reports:empty')}</p>
      ) : (
        <div className={hasBars ? 'report-pair' : undefined}>
          <TableScroll labelledBy={headingId}>
            <table className="data-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('reports:column.measure')}</th>
                  <th scope="col" className="cell-number">
                    {t('reports:column.current')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('reports:column.previous')}
                  </th>
                  <th scope="col" className="cell-number">
                    {t('reports:column.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => {
                  const delta = change(r.current, r.previous);
                  return (
                    <tr key={r.key} data-row={r.key}>
                      <th scope="row" dir="auto">
                        {label(r.label)}
                      </th>
                      <td className="cell-number" data-cell="current">
                        {cell(r.current, r.unit, threshold)}
                      </td>
                      <td className="cell-number">{cell(r.previous, r.unit, threshold)}</td>
                      <td className="cell-number">{delta === null ? t('reports:mark.none') : `${delta > 0 ? '+' : ''}${cell({ value: delta, mark: 'shown' }, r.unit, threshold)}`}</td>
                    </tr>
                  );
                })}
              </tbody>
              {table.total ? (
                <tfoot>
                  <tr data-row="total">
                    <th scope="row">{t('reports:total')}</th>
                    <td className="cell-number" data-cell="current">
                      {cell(table.total.current, 'count', threshold)}
                    </td>
                    <td className="cell-number">{cell(table.total.previous, 'count', threshold)}</td>
                    <td className="cell-number">{t('reports:mark.none')}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </TableScroll>
          {hasBars ? <ReportChart table={table} headingId={headingId} threshold={threshold} /> : null}
        </div>
      )}
    </section>
  );
}
