import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { housingSettingsInput, type HousingSettingsView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame, TextField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { ParsedInput } from './ParsedInput';
import { RentLimitTable } from './settings/RentLimitTable';
import { StageTable } from './settings/StageTable';

/** Weeks after the move-out as staff type them: "4, 12". */
const weekList = {
  format: (weeks: number[]) => weeks.join(', '),
  parse: (text: string) => text.split(/[,\s]+/).filter(Boolean).map(Number),
};

/**
 * The installation's stage path, rent limits and reminders: an Administration page, so any admin
 * edits them whether or not they also work as caseworkers (the core allows the admin role only).
 */
export function SettingsPage() {
  const [settings, setSettings] = useState<HousingSettingsView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.housing.settings({}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  return settings ? <SettingsForm initial={settings} /> : <FormError error={error} />;
}

/** The form holds the version the rules were loaded at and sends it back with the save. */
function SettingsForm({ initial }: { initial: HousingSettingsView }) {
  const { t } = useTranslation();
  const form = useContractForm(housingSettingsInput, { defaultValues: initial });
  const errors = form.formState.errors;
  const examples = useWatch({ control: form.control, name: 'rentLimitsAreExamples' });
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const save = form.handleSubmit(
    async (settings) => {
      const r = await api.housing.settingsSave(settings);
      if (!r.ok) return setError(form.showServerIssues(r.error) ? null : r.error);
      setError(null);
      form.reset(r.value);
      showMessage('housing:settings.saved');
    },
    // A cell of the tables has no message of its own: it is marked, and the form says what is wrong.
    (invalid) => setError(invalid.stages || invalid.rentLimits ? { code: 'INVALID_INPUT' } : null),
  );
  // The list's own rule (at most six) or the first week that breaks its rule.
  const weeks = errors.followUpWeeks;
  const weeksError = weeks?.message ?? (Array.isArray(weeks) ? (weeks as ({ message?: string } | undefined)[]).find((e) => e?.message)?.message : undefined);
  return (
    <>
      <PageHeading>{t('housing:settings.title')}</PageHeading>
      <p className="muted">{t('housing:settings.adminHint')}</p>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <form noValidate onSubmit={(e) => void save(e)}>
        <fieldset className="panel panel-wide">
          <legend>{t('housing:settings.stages')}</legend>
          <p className="muted">{t('housing:settings.stagesHint')}</p>
          <StageTable form={form} />
        </fieldset>
        <fieldset className="panel panel-wide">
          <legend>{t('housing:settings.rentLimits')}</legend>
          {examples ? <p className="badge badge-warning">{t('housing:settings.examples')}</p> : null}
          <RentLimitTable form={form} />
        </fieldset>
        <fieldset className="panel">
          <legend>{t('housing:settings.reminders')}</legend>
          <TextField
            label={t('housing:settings.expiryWarningDays')}
            type="number"
            className="input-short"
            registration={form.register('expiryWarningDays', { valueAsNumber: true })}
            error={errors.expiryWarningDays}
          />
          <Controller
            control={form.control}
            name="followUpWeeks"
            render={({ field }) => (
              <FieldFrame label={t('housing:settings.followUpWeeks')} error={weeksError}>
                {(control) => <ParsedInput {...field} {...control} {...weekList} />}
              </FieldFrame>
            )}
          />
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
