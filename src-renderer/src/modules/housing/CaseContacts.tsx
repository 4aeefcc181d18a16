import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { CONTACT_ROLES } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { Input, Select } from './FormBits';
import { contactRoleKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;
type Role = (typeof CONTACT_ROLES)[number];

/** Landlord, benefits-agency contact, volunteer helper: who is involved in this case. */
export function CaseContacts({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('landlord');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  /** The contact being edited in the form below; null while adding a new one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const fill = (c: { id: number | null; role: Role; name: string; phone: string; email: string }) => {
    setEditingId(c.id);
    setRole(c.role);
    setName(c.name);
    setPhone(c.phone);
    setEmail(c.email);
    setNameMissing(false);
    setError(null);
  };
  const reset = () => fill({ id: null, role: 'landlord', name: '', phone: '', email: '' });
  const add = async () => {
    if (!name.trim()) return setNameMissing(true);
    setNameMissing(false);
    const r = apply(
      await api.housing.contactSave({ ...(editingId !== null ? { id: editingId } : {}), caseId: detail.card.id, role, name: name.trim(), phone: phone.trim(), email: email.trim() }),
    );
    if (!r.ok) return setError(r.error);
    reset();
  };
  return (
    <section className="panel housing-wide" aria-labelledby="hc-contacts">
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
      <form
        className="housing-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Select label={t('housing:contacts.role')} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(contactRoleKey(r))}
            </option>
          ))}
        </Select>
        <Input label={t('housing:contacts.name')} value={name} onChange={(e) => setName(e.target.value)} error={nameMissing ? 'validation:required' : undefined} dir="auto" />
        <Input label={t('housing:contacts.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} dir="ltr" />
        <Input label={t('housing:contacts.email')} value={email} onChange={(e) => setEmail(e.target.value)} dir="ltr" />
        <button type="submit" className="button-secondary">
          {editingId !== null ? t('housing:contacts.saveChanges') : t('housing:contacts.add')}
        </button>
        {editingId !== null ? (
          <button type="button" className="button-secondary" onClick={reset}>
            {t('common:cancel')}
          </button>
        ) : null}
      </form>
      <FormError error={error} />
    </section>
  );
}
