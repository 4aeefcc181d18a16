import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { MIN_SMALL_COUNT_THRESHOLD, reportSettingsInput } from '../../../../src-main/contract/reports';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { TextField, useContractForm } from '../../components/form';
import { useStatusMessage } from '../../components/use-status-message';

/** Admins set the small-count threshold (never below 3); every report, chart and file follows it. */
export function ReportSettingsForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useContractForm(reportSettingsInput);
  const { register, handleSubmit, reset, showServerIssues } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [message, showMessage] = useStatusMessage();

  useEffect(() => {
    void api.reports.settingsGet({}).then((r) => {
      if (r.ok) {
        reset(r.value);
        setLoaded(true);
      } else setError(r.error);
    });
  }, [reset]);

  const save = handleSubmit(async (values) => {
    const r = await api.reports.settingsSave(values);
    if (r.ok) {
      reset(r.value);
      setError(null);
      showMessage('reports:settings.saved');
    } else if (!showServerIssues(r.error)) setError(r.error);
  });

  return (
    <section className="panel report-no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports:settings.heading')}</h2>
      <form className="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <TextField
          type="number"
          min={MIN_SMALL_COUNT_THRESHOLD}
          label={t('reports:settings.threshold')}
          hint={t('reports:settings.thresholdHint', { min: MIN_SMALL_COUNT_THRESHOLD })}
          error={form.formState.errors.smallCountThreshold}
          registration={register('smallCountThreshold', { valueAsNumber: true })}
        />
        <button type="submit" className="button-primary" disabled={!loaded}>
          {t('reports:settings.save')}
        </button>
      </form>
      <FormError error={error} />
      <p role="status" className="muted">
        {message ? t(message) : null}
      </p>
    </section>
  );
}
