import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { employerInput, SIZE_BANDS, type EmployerView, type SizeBand } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormField, issuesByField } from './FormField';
import { sizeBandKey } from './keys';

type Values = { name: string; sector: string; sizeBand: SizeBand | null; street: string; postcode: string; city: string; notes: string };
const EMPTY: Values = { name: '', sector: '', sizeBand: null, street: '', postcode: '', city: 'Rheine', notes: '' };

/** The employer's data and notes; creates when there is no employer yet. */
export function EmployerForm({ employer, onSaved }: { employer: EmployerView | null; onSaved: (employer: EmployerView) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() =>
    employer
      ? { name: employer.name, sector: employer.sector, sizeBand: employer.sizeBand, street: employer.street, postcode: employer.postcode, city: employer.city, notes: employer.notes }
      : EMPTY,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch });

  async function submit() {
    const parsed = employerInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    const result = await api.hotline.employerSave({ id: employer?.id ?? null, employer: parsed.data });
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  }

  const text = (name: keyof Omit<Values, 'sizeBand' | 'notes'>, label: string, extra: { maxLength: number; className?: string }) => (
    <FormField label={label} error={errors[name]}>
      {(c) => <input {...c} {...extra} type="text" dir="auto" autoComplete="off" value={values[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form
      className="employer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        {text('name', t('hotline:employer.name'), { maxLength: 120 })}
        {text('sector', t('hotline:employer.sector'), { maxLength: 80 })}
        <FormField label={t('hotline:employer.size')}>
          {(c) => (
            <select {...c} value={values.sizeBand ?? ''} onChange={(e) => set({ sizeBand: e.target.value === '' ? null : (e.target.value as SizeBand) })}>
              <option value="">{t('hotline:call.unknown')}</option>
              {SIZE_BANDS.map((s) => (
                <option key={s} value={s}>
                  {t(sizeBandKey(s))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {text('street', t('hotline:employer.street'), { maxLength: 120 })}
        {text('postcode', t('hotline:employer.postcode'), { maxLength: 5, className: 'input-short' })}
        {text('city', t('hotline:employer.city'), { maxLength: 80 })}
      </div>
      <FormField label={t('hotline:employer.notes')} error={errors.notes}>
        {(c) => <textarea {...c} dir="auto" rows={3} maxLength={4000} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />}
      </FormField>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('common:save')}
        </button>
      </div>
    </form>
  );
}
