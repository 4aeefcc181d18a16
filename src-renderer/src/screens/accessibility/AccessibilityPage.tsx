import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAccessibilityContactInput } from '../../../../src-main/contract/settings';
import type { AccessibilityContact, ErrorValue } from '../../../../src-main/contract';
import { useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { TextAreaField, useContractForm } from '../../components/form';
import { useStatusMessage } from '../../components/use-status-message';
import { AccessibilityStatement } from './AccessibilityStatement';

/** The statement for everyone signed in; admins keep its feedback contact current below it. */
export function AccessibilityPage() {
  const { user } = useUnlockedStatus();
  const [contact, setContact] = useState<AccessibilityContact | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.settings.accessibilityContact({}).then((result) => (result.ok ? setContact(result.value) : setError(result.error)));
  }, []);
  return (
    <>
      <AccessibilityStatement contact={contact?.contact ?? ''} />
      <FormError error={error} />
      {contact && user.roles.includes('admin') ? <ContactForm loaded={contact} onSaved={setContact} /> : null}
    </>
  );
}

function ContactForm({ loaded, onSaved }: { loaded: AccessibilityContact; onSaved: (saved: AccessibilityContact) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const form = useContractForm(updateAccessibilityContactInput, { defaultValues: loaded });
  const { register, handleSubmit, formState, reset, showServerIssues } = form;
  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.settings.updateAccessibilityContact(values);
    if (!result.ok) {
      if (!showServerIssues(result.error)) setError(result.error);
      return;
    }
    reset(result.value);
    onSaved(result.value);
    showMessage('accessibility:contactForm.saved');
  });
  return (
    <section className="panel" aria-labelledby="statement-contact-form">
      <h2 id="statement-contact-form">{t('accessibility:contactForm.heading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextAreaField
          label={t('accessibility:contactForm.label')}
          hint={t('accessibility:contactForm.hint')}
          registration={register('contact')}
          error={formState.errors.contact}
          rows={3}
        />
        <FormError error={error} />
        <p role="status" className="saved-status">
          {message ? t(message) : ''}
        </p>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {t('common:save')}
          </button>
        </div>
      </form>
    </section>
  );
}
