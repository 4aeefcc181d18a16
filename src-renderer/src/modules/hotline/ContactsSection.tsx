import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { contactInput, type EmployerContactView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { fieldsUnder, TextField, useContractForm } from '../../components/form';
import { TableScroll } from '../../components/TableScroll';
import { useStatusMessage } from '../../components/use-status-message';

const EMPTY = { name: '', role: '', phone: '', email: '' };
/** `contact.email` in the core's answer is the form's `email`. */
const SERVER_FIELDS = fieldsUnder('contact', contactInput);

/** Contact persons at the employer (Ansprechpersonen): added, corrected and removed here. */
export function ContactsSection({ employerId, contacts, onChanged }: { employerId: number; contacts: EmployerContactView[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm(contactInput, { defaultValues: EMPTY });
  const { register, reset, setFocus, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  /** The contact being corrected in the form below the table (as loaded); null while adding. */
  const [editing, setEditing] = useState<EmployerContactView | null>(null);
  const editingId = editing?.id ?? null;
  const [removing, setRemoving] = useState<EmployerContactView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();

  function startEdit(contact: EmployerContactView) {
    setEditing(contact);
    // Keeping the fields' elements lets the focus move to the first one at once.
    reset({ name: contact.name, role: contact.role, phone: contact.phone, email: contact.email }, { keepFieldsRef: true });
    setFocus('name');
  }

  function stopEdit() {
    setEditing(null);
    reset(EMPTY, { keepFieldsRef: true });
  }

  const save = handleSubmit(async (values) => {
    setError(null);
    const result = await api.hotline.contactSave({ employerId, id: editingId, version: editing?.version, contact: values });
    if (result.ok) {
      showMessage(editingId === null ? 'hotline:contact.added' : 'hotline:contact.saved');
      stopEdit();
      onChanged();
    } else if (!showServerIssues(result.error, SERVER_FIELDS)) {
      setError(result.error);
    }
  });

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
    <TextField label={label} error={errors[name]} type={type} dir="auto" autoComplete="off" registration={register(name)} />
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
        onSubmit={(event) => void save(event)}
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
