import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormField } from './FormField';

/** Closing a call needs its outcome; the core refuses without one (OUTCOME_REQUIRED). */
export function CloseCallForm({ callId, onClosed }: { callId: number; onClosed: (call: CallView) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<ErrorValue | null>(null);
  async function submit() {
    const result = await api.hotline.callClose({ id: callId, outcome });
    if (result.ok) onClosed(result.value);
    else setError(result.error);
  }
  return (
    <section className="panel" aria-labelledby="close-call-heading">
      <h2 id="close-call-heading">{t('hotline:close.title')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormField label={t('hotline:callDetail.outcome')} hint={t('hotline:close.hint')}>
          {(c) => <textarea {...c} dir="auto" rows={2} maxLength={2000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
        </FormField>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('hotline:close.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
