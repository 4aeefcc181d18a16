import { useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { bookingInput, GENDER_PREFERENCES, SENSITIVITIES, SETTINGS, TOPICS, type RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { PoolLanguageOptions } from './PoolLanguageOptions';
import { enumKey } from './keys';
import { RequesterPicker, type RequesterChoice } from './RequesterPicker';

/** A booking request (Anfrage): one session or a weekly series; then matching on the detail page. */
export function BookingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [requester, setRequester] = useState<RequesterChoice>({ id: null, name: '' });
  // The chosen requester's contacts come with it from the search.
  const [contacts, setContacts] = useState<RequesterView['contacts']>([]);
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState, control, setValue, showServerIssues } = useContractForm(bookingInput, {
    defaultValues: {
      requesterId: Number.NaN,
      contactId: null,
      start: '',
      durationMinutes: 60,
      setting: 'onSite' as const,
      address: '',
      language: 'ar',
      dialect: '',
      topic: 'health' as const,
      sensitivity: 'normal' as const,
      genderPreference: 'none' as const,
      clientReference: '',
      weeklyCount: 1,
    },
  });
  // First, so that a failed check focuses the requester before the fields after it.
  const requesterId = useController({ control, name: 'requesterId' });
  const setting = useWatch({ control, name: 'setting' });

  const submit = handleSubmit(async (values) => {
    setError(null);
    const r = await api.pool.bookingCreate(values);
    if (r.ok) navigate('pool.assignment', { id: r.value.ids[0]! });
    else if (!showServerIssues(r.error)) setError(r.error);
  });
  const e = formState.errors;

  return (
    <>
      <PageHeading>{t('pool:booking.title')}</PageHeading>
      <form onSubmit={(event) => void submit(event)} noValidate className="pool-form">
        <div className="pool-grid">
          <RequesterPicker
            label={t('pool:booking.requester')}
            name="requesterId"
            value={requester}
            inputRef={requesterId.field.ref}
            onChange={(choice, picked) => {
              setRequester(choice);
              requesterId.field.onChange(choice.id ?? Number.NaN);
              // Another requester's contact must not stay chosen.
              setContacts(picked?.contacts ?? []);
              setValue('contactId', null);
            }}
            // NaN (none chosen) fails as a number; the user is told to choose one (from the list, if they typed).
            error={e.requesterId ? (requester.name.trim() === '' ? 'validation:required' : 'pool:validation.requesterNotChosen') : undefined}
          />
          <SelectField label={t('pool:booking.contact')} registration={register('contactId', { setValueAs: (v: unknown) => (v === '' || v === null ? null : Number(v)) })} error={e.contactId}>
            <option value="">–</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField label={t('pool:booking.start')} type="datetime-local" registration={register('start')} error={e.start} />
          <TextField label={t('pool:booking.duration')} type="number" min={15} step={15} registration={register('durationMinutes', { valueAsNumber: true })} error={e.durationMinutes} className="input-short" />
          <SelectField label={t('pool:booking.setting')} registration={register('setting')}>
            {SETTINGS.map((s) => (
              <option key={s} value={s}>
                {t(enumKey('setting', s))}
              </option>
            ))}
          </SelectField>
          {setting === 'onSite' ? <TextField label={t('pool:booking.address')} registration={register('address')} error={e.address} dir="auto" /> : null}
          <SelectField label={t('pool:booking.language')} registration={register('language')} error={e.language}>
            <PoolLanguageOptions />
          </SelectField>
          <TextField label={t('pool:booking.dialect')} registration={register('dialect')} error={e.dialect} dir="auto" />
          <SelectField label={t('pool:booking.topic')} registration={register('topic')}>
            {TOPICS.map((s) => (
              <option key={s} value={s}>
                {t(enumKey('topic', s))}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('pool:booking.sensitivity')} registration={register('sensitivity')}>
            {SENSITIVITIES.map((s) => (
              <option key={s} value={s}>
                {t(enumKey('sensitivity', s))}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('pool:booking.genderPreference')} registration={register('genderPreference')}>
            {GENDER_PREFERENCES.map((s) => (
              <option key={s} value={s}>
                {t(enumKey('genderPreference', s))}
              </option>
            ))}
          </SelectField>
          <TextField label={t('pool:booking.clientReference')} hint={t('pool:booking.clientReferenceHint')} registration={register('clientReference')} error={e.clientReference} dir="auto" autoComplete="off" />
          <TextField label={t('pool:booking.weeklyCount')} hint={t('pool:booking.weeklyCountHint')} type="number" min={1} max={52} registration={register('weeklyCount', { valueAsNumber: true })} error={e.weeklyCount} className="input-short" />
        </div>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {t('pool:booking.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
