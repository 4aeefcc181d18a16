import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { REQUESTER_TYPES, requesterInput, type RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { enumKey } from './keys';

/** Organisations that book interpreters, with their contact persons. */
export function RequestersPage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<RequesterView[] | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const { register, handleSubmit, formState, reset } = useForm({
    resolver: zodResolver(requesterInput),
    defaultValues: { id: null, name: '', type: 'practice' as const, trained: false, address: '', phone: '', contacts: [{ id: null, name: '', phone: '', email: '' }] },
  });

  const load = useCallback(async () => {
    const r = await api.pool.requestersList({ search: '' });
    if (r.ok) setRows(r.value);
    else setError(r.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const submit = handleSubmit(async (values) => {
    setError(null);
    // An empty contact row means "no contact person yet".
    const contacts = values.contacts.filter((c) => c.name.trim() !== '');
    const r = await api.pool.requesterSave({ ...values, contacts });
    if (!r.ok) return setError(r.error);
    reset();
    showMessage('pool:requesters.saved');
    await load();
  });

  return (
    <>
      <PageHeading id="pool-requesters-heading">{t('pool:requesters.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      {rows && rows.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="pool-requesters-heading">
          <table className="data-table" aria-labelledby="pool-requesters-heading">
            <thead>
              <tr>
                <th scope="col">{t('pool:requesters.name')}</th>
                <th scope="col">{t('pool:requesters.type')}</th>
                <th scope="col">{t('pool:requesters.trained')}</th>
                <th scope="col">{t('pool:requesters.contacts')}</th>
                <th scope="col">{t('pool:requesters.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" dir="auto">
                    {r.name}
                  </th>
                  <td>{t(enumKey('requesterType', r.type))}</td>
                  <td>{r.trained ? t('common:yes') : t('common:no')}</td>
                  <td dir="auto">{r.contacts.map((c) => c.name).join(', ')}</td>
                  <td dir="ltr">{r.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{rows ? t('pool:requesters.empty') : t('common:loading')}</p>
      )}
      <section className="panel" aria-labelledby="pool-requester-new">
        <h2 id="pool-requester-new">{t('pool:requesters.add')}</h2>
        <form onSubmit={(event) => void submit(event)} noValidate className="pool-form">
          <div className="pool-grid">
            <TextField label={t('pool:requesters.name')} registration={register('name')} error={formState.errors.name} dir="auto" />
            <SelectField label={t('pool:requesters.type')} registration={register('type')}>
              {REQUESTER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(enumKey('requesterType', type))}
                </option>
              ))}
            </SelectField>
            <TextField label={t('pool:requesters.address')} registration={register('address')} dir="auto" />
            <TextField label={t('pool:requesters.phone')} registration={register('phone')} dir="ltr" type="tel" />
            <TextField label={t('pool:requesters.contactName')} registration={register('contacts.0.name')} dir="auto" />
            <TextField label={t('pool:requesters.contactPhone')} registration={register('contacts.0.phone')} dir="ltr" type="tel" />
          </div>
          <div className="check">
            <input type="checkbox" id="pool-requester-trained" {...register('trained')} />
            <label htmlFor="pool-requester-trained">{t('pool:requesters.trainedLabel')}</label>
          </div>
          <FormError error={error} />
          <div className="actions">
            <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
              {t('pool:requesters.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
