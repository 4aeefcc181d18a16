import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorValue } from '../../../../src-main/contract';
import { poolSettingsInput, type PoolSettingsView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { CheckboxField, TextField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { ExtraLanguagesFields } from './ExtraLanguagesFields';

/** Euros as typed; the contract's rules check the cents they become. */
const euros = z.number({ error: 'validation:wholeNumber' });
const toCents = (value: number) => Math.round(value * 100);

/**
 * The form shows amounts in euros under the contract's field names; the resolver turns them into
 * cents and then applies the contract's own rules, so errors land on the right fields.
 */
const formSchema = z
  .strictObject({ ...poolSettingsInput.shape, firstHourCents: euros, furtherHalfHourCents: euros, kmCents: euros })
  .transform((v) => ({ ...v, firstHourCents: toCents(v.firstHourCents), furtherHalfHourCents: toCents(v.furtherHalfHourCents), kmCents: toCents(v.kmCents) }))
  .pipe(poolSettingsInput);

const toForm = (s: PoolSettingsView): PoolSettingsView => ({ ...s, firstHourCents: s.firstHourCents / 100, furtherHalfHourCents: s.furtherHalfHourCents / 100, kmCents: s.kmCents / 100 });

/** The pool's rules: travel buffer, eligibility for sensitive work, the fee rule. */
export function SettingsPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [message, showMessage] = useStatusMessage();
  const { register, control, handleSubmit, reset, formState, showServerIssues } = useContractForm(formSchema);
  const e = formState.errors;

  useEffect(() => {
    void api.pool.settingsGet({}).then((r) => {
      if (!r.ok) return setError(r.error);
      reset(toForm(r.value));
      setLoaded(true);
    });
  }, [reset]);

  const submit = handleSubmit(async (settings) => {
    setError(null);
    const r = await api.pool.settingsSave(settings);
    if (!r.ok) {
      if (!showServerIssues(r.error)) setError(r.error);
      return;
    }
    reset(toForm(r.value));
    showMessage('pool:settings.saved');
  });

  const num = { valueAsNumber: true } as const;
  return (
    <>
      <PageHeading>{t('pool:settings.title')}</PageHeading>
      <p role="status" className="saved-status" data-testid="pool-settings-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={error} />
      {loaded ? (
        <form noValidate onSubmit={(event) => void submit(event)} className="pool-form">
          <fieldset className="panel">
            <legend>{t('pool:settings.matching')}</legend>
            <div className="pool-grid">
              <TextField label={t('pool:settings.travelBuffer')} hint={t('pool:settings.travelBufferHint')} type="number" min={0} max={240} registration={register('travelBufferMinutes', num)} error={e.travelBufferMinutes} className="input-short" />
              <TextField label={t('pool:settings.supervision')} hint={t('pool:settings.monthsHint')} type="number" min={1} max={36} registration={register('supervisionWithinMonths', num)} error={e.supervisionWithinMonths} className="input-short" />
              <TextField label={t('pool:settings.training')} hint={t('pool:settings.monthsHint')} type="number" min={1} max={60} registration={register('trainingWithinMonths', num)} error={e.trainingWithinMonths} className="input-short" />
              <TextField label={t('pool:settings.lowRating')} type="number" min={1} max={5} step={0.1} registration={register('lowRatingThreshold', num)} error={e.lowRatingThreshold} className="input-short" />
            </div>
            <CheckboxField label={t('pool:settings.mentalHealth')} registration={register('mentalHealthNeedsPool')} />
          </fieldset>
          <fieldset className="panel">
            <legend>{t('pool:settings.fees')}</legend>
            <div className="pool-grid">
              <TextField label={t('pool:settings.firstHour')} type="number" min={0} step={0.01} registration={register('firstHourCents', num)} error={e.firstHourCents} className="input-short" />
              <TextField label={t('pool:settings.furtherHalfHour')} type="number" min={0} step={0.01} registration={register('furtherHalfHourCents', num)} error={e.furtherHalfHourCents} className="input-short" />
              <TextField label={t('pool:settings.km')} type="number" min={0} step={0.01} registration={register('kmCents', num)} error={e.kmCents} className="input-short" />
              <TextField label={t('pool:settings.lateHours')} type="number" min={0} max={168} registration={register('lateCancelHours', num)} error={e.lateCancelHours} className="input-short" />
              <TextField label={t('pool:settings.latePaid')} type="number" min={0} max={600} registration={register('lateCancelPaidMinutes', num)} error={e.lateCancelPaidMinutes} className="input-short" />
            </div>
          </fieldset>
          <ExtraLanguagesFields control={control} register={register} errors={e} />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('pool:settings.save')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
