import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { contactInput, type EmployerContactView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { useStatusMessage } from '../../components/use-status-message';
import { FormField, issuesByField } from './FormField';
import { TableScroll } from '../../components/TableScroll';

const EMPTY = { name: '', role: '', phone: '', email: '' };

/** Contact persons at the employer (Ansprechpersonen): added, corrected and removed here. */
export function ContactsSection({ employerId, contacts, onChanged }: { employerId: number; contacts: EmployerContactView[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  /** The contact being corrected in the form below the table; null while adding. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const [removing, setRemoving] = useState<EmployerContactView | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const firstField = useRef<HTMLInputElement>(null);

  function startEdit(contact: EmployerContactView) {
    setEditingId(contact.id);
    setValues({ name: contact.name, role: contact.role, phone: contact.phone, email: contact.email });
    setErrors({});
    firstField.current?.focus();
  }

  function stopEdit() {
    setEditingId(null);
    setValues(EMPTY);
    setErrors({});
  }

  async function save() {
    const parsed = contactInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setError(null);
    const result = await api.hotline.contactSave({ employerId, id: editingId, contact: parsed.data });
    if (result.ok) {
      showMessage(editingId === null ? 'hotline:contact.added' : 'hotline:contact.saved');
      stopEdit();
      onChanged();
    } else {
      setError(result.error);
    }
  }

  async function remove(contact: EmployerContactView) {
    const result = await api.hotline.contactRemove({ employerId, id: contact.id });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setRemoving(null);
    if (editingId === contact.id) stopEdit();
    showMessage('hotline:contact.removed');
    onChanged();
  }

  const field = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <FormField label={label} error={errors[name]}>
      {(c) => (
        <input
          {...c}
          ref={name === 'name' ? firstField : undefined}
          type={type}
          dir="auto"
          autoComplete="off"
          value={values[name]}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      )}
    </FormField>
  );

  return (
    <section className="panel panel-wide" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('hotline:employer.contacts')}</h2>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      {contacts.length > 0 ? (
        <TableScroll labelledBy="contacts-heading">
          <table className="data-table" aria-labelledby="contacts-heading">
            <thead>
              <tr>
                <th scope="col">{t('hotline:contact.name')}</th>
                <th scope="col">{t('hotline:contact.role')}</th>
                <th scope="col">{t('hotline:contact.phone')}</th>
                <th scope="col">{t('hotline:contact.email')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('hotline:contact.actions')}</span>
                </th>
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
                  <td className="cell-actions">
                    <button type="button" className="button-secondary button-small" aria-label={t('hotline:contact.editNamed', { name: c.name })} onClick={() => startEdit(c)}>
                      {t('hotline:contact.edit')}
                    </button>{' '}
                    <button type="button" className="button-danger-quiet button-small" aria-label={t('hotline:contact.removeNamed', { name: c.name })} onClick={() => setRemoving(c)}>
                      {t('hotline:contact.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{t('hotline:contact.none')}</p>
      )}
      <h3 id="contact-form-heading">{editingId === null ? t('hotline:contact.add') : t('hotline:contact.editTitle')}</h3>
      <form
        className="inline-form hotline-form"
        aria-labelledby="contact-form-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {field('name', t('hotline:contact.name'))}
        {field('role', t('hotline:contact.role'))}
        {field('phone', t('hotline:contact.phone'), 'tel')}
        {field('email', t('hotline:contact.email'), 'email')}
        <button type="submit" className="button-secondary">
          {editingId === null ? t('hotline:contact.add') : t('hotline:contact.save')}
        </button>
        {editingId !== null ? (
          <button type="button" className="button-secondary" onClick={stopEdit}>
            {t('common:cancel')}
          </button>
        ) : null}
      </form>
      <FormError error={error} />
      <Dialog open={removing !== null} title={t('hotline:contact.removeTitle')} onClose={() => setRemoving(null)}>
        <p>
          {t('hotline:contact.removeText')} <bdi>{removing?.name}</bdi>
        </p>
        <div className="actions">
          <button type="button" className="button-danger" onClick={() => removing && void remove(removing)}>
            {t('hotline:contact.removeConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setRemoving(null)}>
            {t('common:cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
