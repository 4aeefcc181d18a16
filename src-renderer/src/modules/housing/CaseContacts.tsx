import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { CONTACT_ROLES, contactSaveInput, type CaseDetail, type ContactView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { contactRoleKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

/** Landlord, benefits-agency contact, volunteer helper: who is involved in this case. */
export function CaseContacts({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t } = useTranslation();
  const caseId = detail.card.id;
  const blank = { caseId, role: 'landlord' as const, name: '', phone: '', email: '' };
  const form = useContractForm(contactSaveInput, { defaultValues: blank });
  const errors = form.formState.errors;
  const [error, setError] = useState<ErrorValue | null>(null);
  /** The contact being edited in the form below; null while adding a new one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const fill = (c: ContactView | null) => {
    setEditingId(c?.id ?? null);
    // An edited contact carries the version it was loaded at (a colleague's change is reported).
    form.reset(c ? { caseId, ...c } : blank);
    setError(null);
  };
  const save = form.handleSubmit(async (input) => {
    const r = apply(await api.housing.contactSave({ ...input, caseId }));
    if (!r.ok) return setError(form.showServerIssues(r.error) ? null : r.error);
    fill(null);
  });
  return (
    <section className="panel panel-wide" aria-labelledby="hc-contacts">
      <h2 id="hc-contacts">{t('housing:contacts.title')}</h2>
      {detail.contacts.length > 0 ? (
        <ul className="housing-contacts">
          {detail.contacts.map((c) => (
            <li key={c.id}>
              {t(contactRoleKey(c.role))}: <bdi>{c.name}</bdi>
              {c.phone ? <> · <bdi>{c.phone}</bdi></> : null}
              {c.email ? <> · <bdi>{c.email}</bdi></> : null}{' '}
              <button type="button" className="button-small" onClick={() => fill(c)}>
                {t('housing:contacts.edit', { name: c.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('housing:contacts.none')}</p>
      )}
      <form className="housing-inline-form" noValidate onSubmit={(e) => void save(e)}>
        <SelectField label={t('housing:contacts.role')} registration={form.register('role')}>
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(contactRoleKey(r))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('housing:contacts.name')} registration={form.register('name')} error={errors.name} dir="auto" />
        <TextField label={t('housing:contacts.phone')} registration={form.register('phone')} error={errors.phone} dir="ltr" />
        <TextField label={t('housing:contacts.email')} registration={form.register('email')} error={errors.email} dir="ltr" />
        <button type="submit" className="button-secondary">
          {editingId !== null ? t('housing:contacts.saveChanges') : t('housing:contacts.add')}
        </button>
        {editingId !== null ? (
          <button type="button" className="button-secondary" onClick={() => fill(null)}>
            {t('common:cancel')}
          </button>
        ) : null}
      </form>
      <FormError error={error} />
    </section>
  );
}
