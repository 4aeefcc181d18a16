import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { useSession } from '../../api/session-context';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { PasswordRule } from '../../components/PasswordRule';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';
import { AuthLayout } from './AuthLayout';

const recoverySchema = contract['session.recover'].input
  .extend({ newPasswordRepeat: z.string() })
  .refine((v) => v.newPassword === v.newPasswordRepeat, { path: ['newPasswordRepeat'], error: 'validation:passwordsDiffer' });

/** No admin can log in: the recovery code sets a new admin password and is replaced by a new code. */
export function RecoveryScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const { register, handleSubmit, formState, watch } = useForm({
    resolver: zodResolver(recoverySchema),
    defaultValues: { recoveryCode: '', adminUsername: '', newPassword: '', newPasswordRepeat: '' },
  });

  const submit = handleSubmit(async ({ recoveryCode, adminUsername, newPassword }) => {
    setError(null);
    const result = await api.session.recover({ recoveryCode, adminUsername, newPassword });
    if (result.ok) setNewCode(result.value.recoveryCode);
    else setError(result.error);
  });

  if (newCode) {
    return (
      <AuthLayout showLanguage={false} wide>
        <PageHeading key="new-code">{t('auth:recovery.newCodeTitle')}</PageHeading>
        <RecoveryCodeNotice
          code={newCode}
          intro={t('auth:recovery.newCodeIntro')}
          continueLabel={t('auth:recovery.continueToLogin')}
          onContinue={() => {
            onBack();
            void refresh();
          }}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <PageHeading key="form">{t('auth:recovery.title')}</PageHeading>
      <p className="lead">{t('auth:recovery.explanation')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('auth:recovery.code')}
          registration={register('recoveryCode')}
          error={formState.errors.recoveryCode}
          hint={t('auth:recovery.codeHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          className="input-mono"
        />
        <TextField
          label={t('auth:recovery.adminUsername')}
          registration={register('adminUsername')}
          error={formState.errors.adminUsername}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="auto"
        />
        <TextField
          type="password"
          label={t('auth:recovery.newPassword')}
          registration={register('newPassword')}
          error={formState.errors.newPassword}
          hint={<PasswordRule value={watch('newPassword')} />}
          autoComplete="new-password"
        />
        <TextField
          type="password"
          label={t('auth:recovery.newPasswordRepeat')}
          registration={register('newPasswordRepeat')}
          error={formState.errors.newPasswordRepeat}
          autoComplete="new-password"
        />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {t('auth:recovery.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onBack}>
            {t('auth:recovery.back')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
