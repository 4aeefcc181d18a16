import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { callCloseInput, type CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { TextAreaField, useContractForm } from '../../components/form';

/** Closing a call needs its outcome; the core refuses without one (OUTCOME_REQUIRED). */
export function CloseCallForm({ call, onClosed }: { call: CallView; onClosed: (call: CallView) => void }) {
  const { t } = useTranslation();
  const form = useContractForm(callCloseInput, { defaultValues: { id: call.id, version: call.version, outcome: '' } });
  const { register, handleSubmit, showServerIssues } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  const close = handleSubmit(async (values) => {
    setError(null);
    // The call as shown now (a named case saved on this page moved its version on).
    const result = await api.hotline.callClose({ ...values, version: call.version });
    if (result.ok) onClosed(result.value);
    else if (!showServerIssues(result.error)) setError(result.error);
  });
  return (
    <section className="panel" aria-labelledby="close-call-heading">
      <h2 id="close-call-heading">{t('hotline:close.title')}</h2>
      <form noValidate onSubmit={(event) => void close(event)}>
        <TextAreaField
          label={t('hotline:callDetail.outcome')}
          hint={t('hotline:close.hint')}
          error={form.formState.errors.outcome}
          rows={2}
          maxLength={2000}
          registration={register('outcome')}
        />
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
