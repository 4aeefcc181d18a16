import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { BUILT_IN_STAGES, housingSettingsInput, type HousingSettings, type StageDefinition } from '../../../../src-main/contract/housing';
import { useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { stageKey } from './keys';

const LANGS = ['de', 'en', 'ar'] as const;
const LABEL_KEYS = { de: 'housing:settings.label.de', en: 'housing:settings.label.en', ar: 'housing:settings.label.ar' } as const;
const FIXED = new Set(['registered', 'movedOut', 'closed']);

/**
 * The installation's stage path, rent limits and reminders. Caseworkers see them; only a user who
 * is also an admin changes them (the core enforces it).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useUnlockedStatus();
  const canEdit = user.roles.includes('admin');
  const [settings, setSettings] = useState<HousingSettings | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  useEffect(() => {
    void api.housing.settings({}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  if (!settings) return <FormError error={error} />;

  const setStage = (index: number, patch: Partial<StageDefinition>) =>
    setSettings({ ...settings, stages: settings.stages.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
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
      {!canEdit ? <p className="muted">{t('housing:settings.readOnly')}</p> : null}
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
        <fieldset className="panel housing-wide" disabled={!canEdit}>
          <legend>{t('housing:settings.stages')}</legend>
          <p className="muted">{t('housing:settings.stagesHint')}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('housing:settings.stage')}</th>
                  {LANGS.map((l) => (
                    <th key={l} scope="col">
                      {t(LABEL_KEYS[l])}
                    </th>
                  ))}
                  <th scope="col">{t('housing:settings.skippable')}</th>
                </tr>
              </thead>
              <tbody>
                {settings.stages.map((s, i) => {
                  const name = (BUILT_IN_STAGES as readonly string[]).includes(s.key) ? t(stageKey(s.key)) : s.key;
                  return (
                    <tr key={s.key}>
                      <th scope="row">{name}</th>
                      {LANGS.map((l) => (
                        <td key={l}>
                          <input
                            aria-label={`${t(LABEL_KEYS[l])}: ${name}`}
                            dir={l === 'ar' ? 'rtl' : 'ltr'}
                            lang={l}
                            value={s.labels[l] ?? ''}
                            onChange={(e) => setStage(i, { labels: { ...s.labels, [l]: e.target.value } })}
                          />
                        </td>
                      ))}
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t('housing:settings.skippable')}: ${name}`}
                          checked={s.skippable}
                          disabled={FIXED.has(s.key)}
                          onChange={(e) => setStage(i, { skippable: e.target.checked })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="button" className="button-secondary" onClick={addStage}>
            {t('housing:settings.addStage')}
          </button>
        </fieldset>
        <fieldset className="panel housing-wide" disabled={!canEdit}>
          <legend>{t('housing:settings.rentLimits')}</legend>
          {settings.rentLimitsAreExamples ? <p className="badge badge-warning">{t('housing:settings.examples')}</p> : null}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('housing:settings.persons')}</th>
                <th scope="col">{t('housing:settings.maxRent')}</th>
                <th scope="col">{t('housing:settings.maxSize')}</th>
              </tr>
            </thead>
            <tbody>
              {settings.rentLimits.map((r, i) => (
                <tr key={r.persons}>
                  <th scope="row">{r.persons}</th>
                  <td>
                    <input
                      type="number"
                      className="input-short"
                      aria-label={`${t('housing:settings.maxRent')}: ${r.persons}`}
                      value={r.maxRentCents / 100}
                      onChange={(e) =>
                        setSettings({
                          ...settings,
                          rentLimitsAreExamples: false,
                          rentLimits: settings.rentLimits.map((x, j) => (j === i ? { ...x, maxRentCents: Math.round(Number(e.target.value) * 100) } : x)),
                        })
                      }
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      className="input-short"
                      aria-label={`${t('housing:settings.maxSize')}: ${r.persons}`}
                      value={r.maxSizeSqm}
                      onChange={(e) =>
                        setSettings({
                          ...settings,
                          rentLimitsAreExamples: false,
                          rentLimits: settings.rentLimits.map((x, j) => (j === i ? { ...x, maxSizeSqm: Number(e.target.value) } : x)),
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <fieldset className="panel" disabled={!canEdit}>
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
        {canEdit ? (
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('common:save')}
            </button>
          </div>
        ) : null}
      </form>
    </>
  );
}
