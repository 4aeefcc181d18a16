import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, ReportCell } from '../../../../src-main/contract';
import type { HousingIndicatorsView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { useStatusMessage } from '../../components/use-status-message';
import { formatNumber } from '../../i18n/date-locale';
import { actorKey } from './keys';
import { useHousingSettings, useStageLabel } from './use-housing-settings';
import { useIndicatorsExport } from './use-indicators-export';

function Table({ id, caption, head, rows }: { id: string; caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <section className="panel panel-wide housing-indicator" aria-labelledby={id}>
      <h2 id={id}>{caption}</h2>
      <TableScroll labelledBy={id}>
        <table className="data-table" aria-labelledby={id}>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Aggregated figures only, never names. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const stageLabel = useStageLabel(useHousingSettings());
  const [data, setData] = useState<HousingIndicatorsView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const exportXlsx = useIndicatorsExport(stageLabel, data);
  useEffect(() => {
    void api.housing.indicatorsPublished({}).then((r) => (r.ok ? setData(r.value) : setError(r.error)));
  }, []);
  const n = (v: number) => formatNumber(v, lng);
  // A suppressed count reads as the council report writes it ("< 5", "x", "n < 5").
  const c = (cell: ReportCell) => (cell.mark === 'shown' ? n(cell.value!) : t(`reports:mark.${cell.mark}`, { threshold: data?.threshold ?? 0 }));
  // `2026-Q4`, `2026-11` read left to right in Arabic too (first-strong isolate).
  const period = (p: string) => `\u2066${p}\u2069`;
  return (
    <>
      <div className="page-header">
        <PageHeading>{t('housing:indicators.title')}</PageHeading>
        <button
          type="button"
          className="button-secondary"
          disabled={!data}
          onClick={() =>
            void exportXlsx().then((failed) => {
              setError(failed);
              if (!failed) showMessage('housing:indicators.exported');
            })
          }
        >
          {t('housing:indicators.exportXlsx')}
        </button>
      </div>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={error} />
      {data ? (
        <div className="housing-indicators">
          <section className="panel panel-wide housing-indicator" aria-labelledby="hi-key">
            <h2 id="hi-key">{t('housing:indicators.keyFigures')}</h2>
            <dl className="housing-figures">
              <dt>{t('housing:indicators.occupancy')}</dt>
              <dd data-testid="indicator-occupancy">{t('housing:indicators.occupancyValue', { occupied: c(data.occupancy.occupied), beds: n(data.occupancy.beds) })}</dd>
              <dt>{t('housing:indicators.medianMonths')}</dt>
              <dd>{data.medianMonthsInAccommodation === null ? t('housing:indicators.noData') : n(data.medianMonthsInAccommodation)}</dd>
            </dl>
            <p className="muted">{t('reports:suppressionNote', { threshold: data.threshold })}</p>
          </section>
          <Table
            id="hi-quarter"
            caption={t('housing:indicators.moveOutsPerQuarter')}
            head={[t('housing:indicators.quarter'), t('housing:indicators.households'), t('housing:indicators.people')]}
            rows={data.moveOutsPerQuarter.map((q) => [period(q.quarter), c(q.households), c(q.people)])}
          />
          <Table
            id="hi-pipeline"
            caption={t('housing:indicators.pipeline')}
            head={[t('housing:indicators.stage'), t('housing:indicators.cases')]}
            rows={data.pipeline.map((p) => [stageLabel(p.stage), c(p.cases)])}
          />
          <Table
            id="hi-stage-time"
            caption={t('housing:indicators.daysPerStage')}
            head={[t('housing:indicators.stage'), t('housing:indicators.medianDays')]}
            rows={data.medianDaysPerStage.map((p) => [stageLabel(p.stage), n(p.days)])}
          />
          <Table
            id="hi-actor"
            caption={t('housing:indicators.daysPerActor')}
            head={[t('housing:indicators.actor'), t('housing:indicators.requests'), t('housing:indicators.totalDays')]}
            rows={data.daysPerActor.map((a) => [t(actorKey(a.actor)), c(a.requests), c(a.days)])}
          />
          <section className="panel panel-wide housing-indicator" aria-labelledby="hi-forecast">
            <h2 id="hi-forecast">{t('housing:indicators.forecast')}</h2>
            <TableScroll labelledBy="hi-forecast">
              <table className="data-table" aria-labelledby="hi-forecast">
                <thead>
                  <tr>
                    <th scope="col">{t('housing:indicators.month')}</th>
                    <th scope="col">{t('housing:indicators.fromLeases')}</th>
                    <th scope="col">{t('housing:indicators.estimated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.forecast.map((f) => (
                    <tr key={f.month}>
                      <th scope="row">{period(f.month)}</th>
                      <td>{c(f.fromSignedLeases)}</td>
                      <td>{n(f.estimated)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className="muted">{t('housing:indicators.forecastMethod', { count: data.forecastBasis })}</p>
          </section>
        </div>
      ) : null}
    </>
  );
}
