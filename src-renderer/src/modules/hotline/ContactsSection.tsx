import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { contactInput, type EmployerContactView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormField, issuesByField } from './FormField';
import { TableScroll } from './TableScroll';

const EMPTY = { name: '', role: '', phone: '', email: '' };

/** Contact persons at the employer (Ansprechpersonen). */
export function ContactsSection({ employerId, contacts, onAdded }: { employerId: number; contacts: EmployerContactView[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);

  async function add() {
    const parsed = contactInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    const result = await api.hotline.contactSave({ employerId, id: null, contact: parsed.data });
    if (result.ok) {
      setValues(EMPTY);
      onAdded();
    } else {
      setError(result.error);
    }
  }
  const field = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <FormField label={label} error={errors[name]}>
      {(c) => <input {...c} type={type} dir="auto" autoComplete="off" value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <section className="panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('hotline:employer.contacts')}</h2>
      {contacts.length > 0 ? (
        <TableScroll labelledBy="contacts-heading">
          <table className="data-table" aria-labelledby="contacts-heading">
            <thead>
              <tr>
                <th scope="col">{t('hotline:contact.name')}</th>
                <th scope="col">{t('hotline:contact.role')}</th>
                <th scope="col">{t('hotline:contact.phone')}</th>
                <th scope="col">{t('hotline:contact.email')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row" dir="auto">
                    {c.name}
                  </th>
                  <td dir="auto">{c.role}</td>
                  <td dir="ltr">{c.phone}</td>
                  <td dir="ltr">{c.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{t('hotline:contact.none')}</p>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        {field('name', t('hotline:contact.name'))}
        {field('role', t('hotline:contact.role'))}
        {field('phone', t('hotline:contact.phone'), 'tel')}
        {field('email', t('hotline:contact.email'), 'email')}
        <button type="submit" className="button-secondary">
          {t('hotline:contact.add')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
