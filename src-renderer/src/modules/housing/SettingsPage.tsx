import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { housingSettingsInput, type HousingSettings } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { RentLimitTable } from './settings/RentLimitTable';
import { StageTable } from './settings/StageTable';

/**
 * The installation's stage path, rent limits and reminders: an Administration page, so any admin
 * edits them whether or not they also work as caseworkers (the core allows the admin role only).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<HousingSettings | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  useEffect(() => {
    void api.housing.settings({}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  if (!settings) return <FormError error={error} />;

  const addStage = () => {
    const stages = [...settings.stages];
    let n = 1;
    while (stages.some((s) => s.key === `custom${n}`)) n++;
    // New stages go before the lease: that is where local practice differs (deposit, furniture grant …).
    stages.splice(stages.findIndex((s) => s.key === 'leaseSigned'), 0, { key: `custom${n}`, labels: {}, skippable: true });
    setSettings({ ...settings, stages });
  };
  const save = async () => {
    const parsed = housingSettingsInput.safeParse(settings);
    if (!parsed.success) return setError({ code: 'INVALID_INPUT' });
    const r = await api.housing.settingsSave(parsed.data);
    if (!r.ok) return setError(r.error);
    setError(null);
    setSettings(r.value);
    showMessage('housing:settings.saved');
  };
  return (
    <>
      <PageHeading>{t('housing:settings.title')}</PageHeading>
      <p className="muted">{t('housing:settings.adminHint')}</p>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="panel housing-wide">
          <legend>{t('housing:settings.stages')}</legend>
          <p className="muted">{t('housing:settings.stagesHint')}</p>
          <StageTable stages={settings.stages} onChange={(stages) => setSettings({ ...settings, stages })} />
          <button type="button" className="button-secondary" onClick={addStage}>
            {t('housing:settings.addStage')}
          </button>
        </fieldset>
        <fieldset className="panel housing-wide">
          <legend>{t('housing:settings.rentLimits')}</legend>
          {settings.rentLimitsAreExamples ? <p className="badge badge-warning">{t('housing:settings.examples')}</p> : null}
          <RentLimitTable rows={settings.rentLimits} onChange={(rentLimits) => setSettings({ ...settings, rentLimits, rentLimitsAreExamples: false })} />
        </fieldset>
        <fieldset className="panel">
          <legend>{t('housing:settings.reminders')}</legend>
          <div className="field">
            <label htmlFor="hs-expiry">{t('housing:settings.expiryWarningDays')}</label>
            <input id="hs-expiry" type="number" className="input-short" value={settings.expiryWarningDays} onChange={(e) => setSettings({ ...settings, expiryWarningDays: Number(e.target.value) })} />
          </div>
          <div className="field">
            <label htmlFor="hs-followup">{t('housing:settings.followUpWeeks')}</label>
            <input
              id="hs-followup"
              value={settings.followUpWeeks.join(', ')}
              onChange={(e) => setSettings({ ...settings, followUpWeeks: e.target.value.split(/[,\s]+/).filter(Boolean).map(Number) })}
            />
          </div>
        </fieldset>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('common:save')}
          </button>
        </div>
      </form>
    </>
  );
}
