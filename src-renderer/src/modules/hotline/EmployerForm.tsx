import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { employerInput, SIZE_BANDS, type EmployerView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame, fieldsUnder, SelectField, TextAreaField, TextField, useContractForm } from '../../components/form';
import { sizeBandKey } from './keys';

/** `employer.name` in the core's answer is the form's `name`. */
const SERVER_FIELDS = fieldsUnder('employer', employerInput);
const NEW_EMPLOYER = { name: '', sector: '', sizeBand: null, street: '', postcode: '', city: 'Rheine', notes: '' };
/** The empty option is "unknown" (null). */
const sizeBandChoice = { setValueAs: (value: unknown) => (value === '' || value === undefined ? null : value) };

/** The employer's data and notes; creates when there is no employer yet. */
export function EmployerForm({ employer, onSaved }: { employer: EmployerView | null; onSaved: (employer: EmployerView) => void }) {
  const { t } = useTranslation();
  const form = useContractForm(employerInput, {
    defaultValues: employer
      ? { name: employer.name, sector: employer.sector, sizeBand: employer.sizeBand, street: employer.street, postcode: employer.postcode, city: employer.city, notes: employer.notes }
      : NEW_EMPLOYER,
  });
  const { register, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  const [error, setError] = useState<ErrorValue | null>(null);

  const save = handleSubmit(async (values) => {
    setError(null);
    // The version it was loaded at: a colleague's save in between is reported, not overwritten.
    const result = await api.hotline.employerSave({ id: employer?.id ?? null, version: employer?.version, employer: values });
    if (result.ok) onSaved(result.value);
    else if (!showServerIssues(result.error, SERVER_FIELDS)) setError(result.error);
  });

  const text = { type: 'text', dir: 'auto', autoComplete: 'off' } as const;
  return (
    <form className="employer-form" noValidate onSubmit={(event) => void save(event)}>
      <div className="form-grid">
        <TextField {...text} label={t('hotline:employer.name')} error={errors.name} maxLength={120} registration={register('name')} />
        <TextField {...text} label={t('hotline:employer.sector')} error={errors.sector} maxLength={80} registration={register('sector')} />
        <SelectField label={t('hotline:employer.size')} error={errors.sizeBand} registration={register('sizeBand', sizeBandChoice)}>
          <option value="">{t('hotline:call.unknown')}</option>
          {SIZE_BANDS.map((s) => (
            <option key={s} value={s}>
              {t(sizeBandKey(s))}
            </option>
          ))}
        </SelectField>
        <TextField {...text} label={t('hotline:employer.street')} error={errors.street} maxLength={120} registration={register('street')} />
        <FieldFrame label={t('hotline:employer.postcode')} error={errors.postcode}>
          {(control) => <input {...text} maxLength={5} className="input-short" {...register('postcode')} {...control} />}
        </FieldFrame>
        <TextField {...text} label={t('hotline:employer.city')} error={errors.city} maxLength={80} registration={register('city')} />
      </div>
      <TextAreaField label={t('hotline:employer.notes')} error={errors.notes} rows={3} maxLength={4000} registration={register('notes')} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('common:save')}
        </button>
      </div>
    </form>
  );
}
