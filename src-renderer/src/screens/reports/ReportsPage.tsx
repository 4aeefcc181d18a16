import { format } from 'date-fns';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, ModuleId, PeriodKind, Report } from '../../../../src-main/contract';
import { PERIOD_KINDS, reportPeriod } from '../../../../src-main/contract/reports';
import { useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { download } from '../../components/download';
import { FormError } from '../../components/ErrorMessage';
import { DateInput, FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { moduleKey, periodKindKey } from '../../i18n/dynamic-keys';
import { ReportSettingsForm } from './ReportSettingsForm';
import { ReportTableSection } from './ReportTableSection';
import { useReportText } from './report-text';
import './reports.css';

/**
 * Council reports (Wirkungsorientierung) for the reporting role and admins: one switched-on
 * module and one period at a time, with the period before. Everything shown comes published
 * (suppressed) from the core; the page only lays it out, exports it and prints it.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { user } = useUnlockedStatus();
  const { span, exportTexts } = useReportText();
  const [modules, setModules] = useState<ModuleId[] | null>(null);
  const [module, setModule] = useState<ModuleId | ''>('');
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [from, setFrom] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [to, setTo] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.reports.modules({}).then((r) => {
      if (!r.ok) return setError(r.error);
      setModules(r.value);
      setModule((m) => m || (r.value[0] ?? ''));
    });
  }, []);

  const period = useMemo(() => ({ kind, from, ...(kind === 'custom' ? { to } : {}) }), [kind, from, to]);
  const checked = reportPeriod.safeParse({ ...period, ...(kind === 'custom' && to === '' ? { to: undefined } : {}) });
  const fieldError = (field: 'from' | 'to') => (checked.success ? undefined : checked.error.issues.find((i) => i.path[0] === field)?.message);
  const valid = checked.success;

  // A changed module or period is counted again once it is a valid period.
  useEffect(() => {
    if (!module || !valid) return;
    let current = true;
    void api.reports.get({ module, period }).then((r) => {
      if (!current) return;
      if (r.ok) {
        setReport(r.value);
        setError(null);
      } else {
        setReport(null);
        setError(r.error);
      }
    });
    return () => {
      current = false;
    };
  }, [module, period, valid]);

  const exportXlsx = async () => {
    if (!report || !module) return;
    setBusy(true);
    const r = await api.reports.exportXlsx({ module, period, texts: exportTexts(report, t(moduleKey(module))), rightToLeft: document.documentElement.dir === 'rtl' });
    setBusy(false);
    if (r.ok) download(r.value);
    else setError(r.error);
  };

  return (
    <>
      <PageHeading>{t('reports:heading')}</PageHeading>
      <p className="muted report-no-print">{t('reports:intro')}</p>
      <div className="inline-form report-controls report-no-print">
        {modules && modules.length > 1 ? (
          <FieldFrame label={t('reports:module')}>
            {(control) => (
              <select {...control} value={module} onChange={(e) => setModule(e.target.value as ModuleId)}>
                {modules.map((m) => (
                  <option key={m} value={m}>
                    {t(moduleKey(m))}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        ) : null}
        <FieldFrame label={t('reports:periodKind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
              {PERIOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(periodKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={kind === 'custom' ? t('reports:from') : t('reports:dayInPeriod')} error={fieldError('from')}>
          {(control) => <DateInput {...control} value={from} onChange={setFrom} />}
        </FieldFrame>
        {kind === 'custom' ? (
          <FieldFrame label={t('reports:to')} error={fieldError('to')}>
            {(control) => <DateInput {...control} value={to} onChange={setTo} />}
          </FieldFrame>
        ) : null}
        <div className="report-actions">
          <button type="button" className="button-secondary" disabled={!report || busy} onClick={() => void exportXlsx()}>
            {t('reports:exportXlsx')}
          </button>
          <button type="button" className="button-secondary" disabled={!report} onClick={() => window.print()}>
            {t('reports:print')}
          </button>
        </div>
      </div>
      <FormError error={error} />
      {modules && modules.length === 0 ? <p className="muted">{t('reports:noModules')}</p> : null}
      {report ? (
        <div className="report" data-report-module={report.module}>
          <p className="report-print-title">{t('reports:title', { module: t(moduleKey(report.module)) })}</p>
          <dl className="facts report-period">
            <dt>{t('reports:column.current')}</dt>
            <dd>{span(report.period)}</dd>
            <dt>{t('reports:column.previous')}</dt>
            <dd>{span(report.previous)}</dd>
          </dl>
          <p className="muted">{t('reports:suppressionNote', { threshold: report.threshold })}</p>
          {report.tables.map((table) => (
            <ReportTableSection key={table.id} table={table} threshold={report.threshold} />
          ))}
        </div>
      ) : null}
      {user.roles.includes('admin') ? <ReportSettingsForm /> : null}
    </>
  );
}
