import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { REQUESTER_TYPES, requesterInput, type RequesterInput, type RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { CheckboxField, SelectField, TextField, useContractForm } from '../../components/form';
import { enumKey } from './keys';

const emptyContact = () => ({ id: null, name: '', phone: '', email: '' });

export const newRequester = (): RequesterInput => ({ id: null, name: '', type: 'practice', trained: false, address: '', phone: '', contacts: [emptyContact()] });

export const requesterToInput = (r: RequesterView): RequesterInput => ({
  id: r.id,
  // Sent back with the save: a colleague's save in between is reported, not overwritten.
  version: r.version,
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
  const { register, handleSubmit, formState, control, showServerIssues } = useContractForm(requesterInput, { defaultValues: initial });
  const contacts = useFieldArray({ control, name: 'contacts' });
  const e = formState.errors;

  const submit = handleSubmit(async (values) => {
    setError(null);
    // An empty contact row means "no contact person (yet)".
    const r = await api.pool.requesterSave({ ...values, contacts: values.contacts.filter((c) => c.name.trim() !== '') });
    if (r.ok) onSaved();
    else if (!showServerIssues(r.error)) setError(r.error);
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
        <TextField label={t('pool:requesters.address')} registration={register('address')} error={e.address} dir="auto" />
        <TextField label={t('pool:requesters.phone')} registration={register('phone')} error={e.phone} dir="ltr" type="tel" />
      </div>
      <CheckboxField label={t('pool:requesters.trainedLabel')} registration={register('trained')} />
      <fieldset className="pool-list">
        <legend>{t('pool:requesters.contacts')}</legend>
        {contacts.fields.map((field, i) => {
          const n = t('pool:requesters.contactN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n} data-testid="pool-contact-row">
              <TextField className="pool-cell" label={t('pool:requesters.contactName')} registration={register(`contacts.${i}.name`)} error={e.contacts?.[i]?.name} dir="auto" />
              <TextField className="pool-cell" label={t('pool:requesters.contactPhone')} registration={register(`contacts.${i}.phone`)} error={e.contacts?.[i]?.phone} dir="ltr" type="tel" />
              <TextField className="pool-cell" label={t('pool:requesters.contactEmail')} registration={register(`contacts.${i}.email`)} error={e.contacts?.[i]?.email} dir="ltr" type="email" />
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
