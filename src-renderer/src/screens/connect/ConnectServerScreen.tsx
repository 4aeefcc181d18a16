import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ConnectionStatus, ErrorValue } from '../../../../src-main/contract';
import { fingerprint, serverAddress } from '../../../../src-main/contract/connection';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame, TextField, useContractForm } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { AuthLayout } from '../auth/AuthLayout';

const schema = z.strictObject({ address: serverAddress, fingerprint });

/**
 * The desktop app connects to the office's team server: the address, and the certificate
 * fingerprint the administrator gave out (`npm run admin -- server-info`). The app reads the
 * fingerprint the server presents and connects only if the two are the same — trust on first
 * use, as SSH does; a later change of certificate is refused with a warning.
 */
export function ConnectServerScreen({ current, onDone, onBack }: { current: ConnectionStatus; onDone: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [presented, setPresented] = useState<string | null>(null);
  const form = useContractForm(schema, { defaultValues: { address: current.address ?? 'https://', fingerprint: '' } });
  const { register, handleSubmit, formState } = form;

  const submit = handleSubmit(async (values) => {
    setError(null);
    setPresented(null);
    const probe = await api.connection.probe({ address: values.address });
    if (!probe.ok) return setError(probe.error);
    if (probe.value.fingerprint.toUpperCase() !== values.fingerprint.toUpperCase()) {
      setPresented(probe.value.fingerprint);
      return;
    }
    const result = await api.connection.useServer({ address: values.address, fingerprint: probe.value.fingerprint });
    if (!result.ok) return setError(form.showServerIssues(result.error) ? null : result.error);
    onDone();
  });

  const useLocal = async () => {
    const result = await api.connection.useLocal({});
    if (!result.ok) return setError(result.error);
    onDone();
  };

  return (
    <AuthLayout>
      <PageHeading>{t('auth:connect.title')}</PageHeading>
      <p className="lead">{t('auth:connect.explanation')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('auth:connect.address')} hint={t('auth:connect.addressHint')} registration={register('address')} error={formState.errors.address} dir="ltr" inputMode="url" autoComplete="url" />
        <FieldFrame label={t('auth:connect.fingerprint')} hint={t('auth:connect.fingerprintHint')} error={formState.errors.fingerprint}>
          {(control) => <input type="text" dir="ltr" spellCheck={false} className="input-mono" {...register('fingerprint')} {...control} />}
        </FieldFrame>
        {presented ? (
          <div role="alert" className="form-error">
            <p>{t('auth:connect.mismatch')}</p>
            <p dir="ltr" className="code-sample">
              {presented}
            </p>
          </div>
        ) : (
          <FormError error={error} />
        )}
        <div className="actions">
          <button type="submit">{t('auth:connect.submit')}</button>
          {current.kind === 'server' ? (
            <button type="button" className="button-secondary" onClick={() => void useLocal()}>
              {t('auth:connect.useLocal')}
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={onBack}>
            {t('auth:recovery.back')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
