import { format, startOfYear } from 'date-fns';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { indicatorsInput, type Indicators } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { formatNumber } from '../../i18n/date-locale';
import { formatMonth } from './format-date';
import { IndicatorsExportButton } from './IndicatorsExportButton';
import { useTaxonomy, type Taxonomy } from './use-taxonomy';
import { TableScroll } from '../../components/TableScroll';

/** Month × entry counts as a table: rows are months, columns the entries that occur. */
function MonthTable({ id, title, rows, taxonomy, noneLabel }: { id: string; title: string; rows: { month: string; key: number | null; count: number }[]; taxonomy: Taxonomy; noneLabel: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const months = [...new Set(rows.map((r) => r.month))];
  const keys = [...new Set(rows.map((r) => r.key))];
  const cell = (month: string, key: number | null) => rows.find((r) => r.month === month && r.key === key)?.count ?? 0;
  return (
    <section className="panel panel-wide" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('hotline:indicators.noCalls')}</p>
      ) : (
        <TableScroll labelledBy={id}>
          <table className="data-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('hotline:indicators.month')}</th>
                {keys.map((k) => (
                  <th scope="col" key={String(k)}>
                    {k === null ? noneLabel : taxonomy.label(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m}>
                  <th scope="row" className="cell-nowrap">
                    {formatMonth(m, lng)}
                  </th>
                  {keys.map((k) => (
                    <td key={String(k)}>{formatNumber(cell(m, k), lng)}</td>
                  ))}
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
  const [data, setData] = useState<Indicators | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  // A changed period is checked (a date half typed, an end before the start) and then counted.
  useEffect(() => {
    void trigger().then((valid) => {
      if (!valid) return;
      void api.hotline.indicators({ from, to }).then((r) => {
        if (r.ok) {
          setData(r.value);
          setError(null);
        } else {
          setError(r.error);
        }
      });
    });
  }, [from, to, trigger]);

  const share = data && data.totalCalls > 0 ? new Intl.NumberFormat(lng, { style: 'percent' }).format(data.answeredInCall / data.totalCalls) : '—';
  return (
    <>
      <PageHeading>{t('hotline:nav.indicators')}</PageHeading>
      <div className="inline-form hotline-form">
        <DateField label={t('hotline:indicators.from')} error={errors.from} control={control} name="from" />
        <DateField label={t('hotline:indicators.to')} error={errors.to} control={control} name="to" />
        <IndicatorsExportButton from={from} to={to} taxonomy={taxonomy} />
      </div>
      <FormError error={error} />
      {data ? (
        <>
          <dl className="facts hotline-facts">
            <dt>{t('hotline:indicators.totalCalls')}</dt>
            <dd>{formatNumber(data.totalCalls, lng)}</dd>
            <dt>{t('hotline:indicators.answeredShare')}</dt>
            <dd>{share}</dd>
            <dt>{t('hotline:indicators.daysToFollowUp')}</dt>
            <dd>
              {data.averageDaysToFollowUp === null
                ? '—'
                : t('hotline:indicators.daysValue', { days: formatNumber(data.averageDaysToFollowUp, lng), calls: formatNumber(data.followedUp, lng) })}
            </dd>
            <dt>{t('hotline:indicators.openFollowUps')}</dt>
            <dd>{formatNumber(data.openFollowUps, lng)}</dd>
            <dt>{t('hotline:indicators.overdueFollowUps')}</dt>
            <dd>{formatNumber(data.overdueFollowUps, lng)}</dd>
          </dl>
          <MonthTable
            id="by-topic"
            title={t('hotline:indicators.byTopic')}
            rows={data.callsByMonthTopic.map((r) => ({ month: r.month, key: r.topicId, count: r.count }))}
            taxonomy={taxonomy}
            noneLabel="—"
          />
          <MonthTable
            id="by-routing"
            title={t('hotline:indicators.byRouting')}
            rows={data.callsByMonthRouting.map((r) => ({ month: r.month, key: r.routingId, count: r.count }))}
            taxonomy={taxonomy}
            noneLabel={t('hotline:call.notRouted')}
          />
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
                        <td>{formatNumber(r.calls, lng)}</td>
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
