import { format, startOfYear } from 'date-fns';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { ReportCell } from '../../../../src-main/contract';
import { indicatorsInput, type IndicatorsView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { formatNumber } from '../../i18n/date-locale';
import { formatMonth } from './format-date';
import { IndicatorsExportButton } from './IndicatorsExportButton';
import { useTaxonomy, type Taxonomy } from './use-taxonomy';
import { TableScroll } from '../../components/TableScroll';

/** A published count in the UI language: the number, or "< 5" / "x" / "n < 5" / "–" where suppressed. */
function useCellText(threshold: number) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  return (c: ReportCell, percent = false): string => {
    if (c.mark !== 'shown') return t(`reports:mark.${c.mark}`, { threshold });
    return percent ? new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 1 }).format(c.value! / 100) : formatNumber(c.value!, lng);
  };
}

/** Month × entry counts as a table: rows are months, columns the entries that occur, then the month's total. */
function MonthTable({ id, title, data, table, taxonomy, noneLabel }: { id: string; title: string; data: IndicatorsView; table: IndicatorsView['byTopic'] | IndicatorsView['byRouting']; taxonomy: Taxonomy; noneLabel: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const text = useCellText(data.threshold);
  return (
    <section className="panel panel-wide" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {data.months.length === 0 ? (
        <p className="muted">{t('hotline:indicators.noCalls')}</p>
      ) : (
        <TableScroll labelledBy={id}>
          <table className="data-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('hotline:indicators.month')}</th>
                {table.columns.map((k) => (
                  <th scope="col" key={String(k)}>
                    {k === null ? noneLabel : taxonomy.label(k)}
                  </th>
                ))}
                <th scope="col">{t('reports:total')}</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m, i) => (
                <tr key={m}>
                  <th scope="row" className="cell-nowrap">
                    {formatMonth(m, lng)}
                  </th>
                  {table.rows[i]!.map((c, j) => (
                    <td key={String(table.columns[j])}>{text(c)}</td>
                  ))}
                  <td>{text(data.monthTotals[i]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Impact indicators (Wirkungsorientierung) of the hotline, aggregated by the core. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const taxonomy = useTaxonomy();
  const form = useContractForm(indicatorsInput, {
    defaultValues: { from: format(startOfYear(new Date()), 'yyyy-MM-dd'), to: format(new Date(), 'yyyy-MM-dd') },
  });
  const { control, trigger } = form;
  const { errors } = form.formState;
  const [from, to] = useWatch({ control, name: ['from', 'to'] });
  const [data, setData] = useState<IndicatorsView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  // A changed period is checked (a date half typed, an end before the start) and then counted.
  useEffect(() => {
    void trigger().then((valid) => {
      if (!valid) return;
      void api.hotline.indicatorsPublished({ from, to }).then((r) => {
        if (r.ok) {
          setData(r.value);
          setError(null);
        } else {
          setError(r.error);
        }
      });
    });
  }, [from, to, trigger]);

  const text = useCellText(data?.threshold ?? 0);
  return (
    <>
      <PageHeading>{t('hotline:nav.indicators')}</PageHeading>
      <div className="inline-form hotline-form">
        <DateField label={t('hotline:indicators.from')} error={errors.from} control={control} name="from" />
        <DateField label={t('hotline:indicators.to')} error={errors.to} control={control} name="to" />
        <IndicatorsExportButton from={from} to={to} taxonomy={taxonomy} threshold={data?.threshold ?? 0} />
      </div>
      <FormError error={error} />
      {data ? (
        <>
          <dl className="facts hotline-facts">
            <dt>{t('hotline:indicators.totalCalls')}</dt>
            <dd className="cell-nowrap">{text(data.totalCalls)}</dd>
            <dt>{t('hotline:indicators.answeredShare')}</dt>
            <dd className="cell-nowrap">{text(data.answeredShare, true)}</dd>
            <dt>{t('hotline:indicators.daysToFollowUp')}</dt>
            <dd>
              {data.averageDaysToFollowUp.mark !== 'shown'
                ? text(data.averageDaysToFollowUp)
                : t('hotline:indicators.daysValue', { days: formatNumber(data.averageDaysToFollowUp.value!, lng), calls: text(data.followedUp) })}
            </dd>
            <dt>{t('hotline:indicators.openFollowUps')}</dt>
            <dd className="cell-nowrap">{text(data.openFollowUps)}</dd>
            <dt>{t('hotline:indicators.overdueFollowUps')}</dt>
            <dd className="cell-nowrap">{text(data.overdueFollowUps)}</dd>
          </dl>
          <p className="muted">{t('reports:suppressionNote', { threshold: data.threshold })}</p>
          <MonthTable id="by-topic" title={t('hotline:indicators.byTopic')} data={data} table={data.byTopic} taxonomy={taxonomy} noneLabel="—" />
          <MonthTable id="by-routing" title={t('hotline:indicators.byRouting')} data={data} table={data.byRouting} taxonomy={taxonomy} noneLabel={t('hotline:call.notRouted')} />
          <section className="panel panel-wide" aria-labelledby="by-channel">
            <h2 id="by-channel">{t('hotline:indicators.byChannel')}</h2>
            {data.callsByChannel.length === 0 ? (
              <p className="muted">{t('hotline:indicators.noCalls')}</p>
            ) : (
              <TableScroll labelledBy="by-channel">
                <table className="data-table" aria-labelledby="by-channel">
                  <thead>
                    <tr>
                      <th scope="col">{t('hotline:call.heardVia')}</th>
                      <th scope="col">{t('hotline:list.calls')}</th>
                      <th scope="col">{t('hotline:indicators.outreachCount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.callsByChannel.map((r) => (
                      <tr key={String(r.channelId)}>
                        <th scope="row">{r.channelId === null ? t('hotline:call.unknown') : taxonomy.label(r.channelId)}</th>
                        <td>{text(r.calls)}</td>
                        <td>{formatNumber(r.outreachCount, lng)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
