import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { REQUESTER_TYPES, requesterInput, type RequesterInput, type RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/form';
import { enumKey } from './keys';

const emptyContact = () => ({ id: null, name: '', phone: '', email: '' });

export const newRequester = (): RequesterInput => ({ id: null, name: '', type: 'practice', trained: false, address: '', phone: '', contacts: [emptyContact()] });

export const requesterToInput = (r: RequesterView): RequesterInput => ({
  id: r.id,
  name: r.name,
  type: r.type,
  trained: r.trained,
  address: r.address,
  phone: r.phone,
  contacts: r.contacts.length > 0 ? r.contacts.map((c) => ({ ...c })) : [emptyContact()],
});

/** Create or edit a requester with any number of contact persons (matched by id on save). */
export function RequesterForm({ initial, onSaved, onCancel }: { initial: RequesterInput; onSaved: () => void; onCancel: (() => void) | null }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState, control } = useForm({ resolver: zodResolver(requesterInput), defaultValues: initial });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const e = formState.errors;

  const submit = handleSubmit(async (values) => {
    setError(null);
    // An empty contact row means "no contact person (yet)".
    const r = await api.pool.requesterSave({ ...values, contacts: values.contacts.filter((c) => c.name.trim() !== '') });
    if (!r.ok) return setError(r.error);
    onSaved();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="pool-form">
      <div className="pool-grid">
        <TextField label={t('pool:requesters.name')} registration={register('name')} error={e.name} dir="auto" />
        <SelectField label={t('pool:requesters.type')} registration={register('type')}>
          {REQUESTER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(enumKey('requesterType', type))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('pool:requesters.address')} registration={register('address')} dir="auto" />
        <TextField label={t('pool:requesters.phone')} registration={register('phone')} dir="ltr" type="tel" />
      </div>
      <div className="check">
        <input type="checkbox" id="pool-requester-trained" {...register('trained')} />
        <label htmlFor="pool-requester-trained">{t('pool:requesters.trainedLabel')}</label>
      </div>
      <fieldset className="pool-list">
        <legend>{t('pool:requesters.contacts')}</legend>
        {contacts.fields.map((field, i) => {
          const n = t('pool:requesters.contactN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n} data-testid="pool-contact-row">
              <label className="pool-cell">
                <span>{t('pool:requesters.contactName')}</span>
                <input type="text" dir="auto" {...register(`contacts.${i}.name`)} />
              </label>
              <label className="pool-cell">
                <span>{t('pool:requesters.contactPhone')}</span>
                <input type="tel" dir="ltr" {...register(`contacts.${i}.phone`)} />
              </label>
              <label className="pool-cell">
                <span>{t('pool:requesters.contactEmail')}</span>
                <input type="email" dir="ltr" {...register(`contacts.${i}.email`)} />
              </label>
              <button type="button" className="button-secondary button-small" onClick={() => contacts.remove(i)}>
                {t('pool:form.remove')}
                <span className="visually-hidden"> {n}</span>
              </button>
            </div>
          );
        })}
        <button type="button" className="button-secondary button-small" onClick={() => contacts.append(emptyContact())}>
          {t('pool:requesters.addContact')}
        </button>
      </fieldset>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {initial.id === null ? t('pool:requesters.create') : t('pool:requesters.saveChanges')}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
