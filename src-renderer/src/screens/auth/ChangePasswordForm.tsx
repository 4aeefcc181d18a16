import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type ErrorValue, type SessionStatus } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PasswordRule } from '../../components/PasswordRule';

const changePasswordSchema = contract['session.changePassword'].input
  .extend({ newPasswordRepeat: z.string() })
  .refine((v) => v.newPassword === v.newPasswordRepeat, { path: ['newPasswordRepeat'], error: 'validation:passwordsDiffer' });

interface ChangePasswordFormProps {
  /** Lets password managers file the new password under the right account. */
  username: string;
  /** "One-time password" on first log-in, "Current password" otherwise. */
  currentLabel: string;
  submitLabel: string;
  onChanged: (status: SessionStatus) => void;
}

export function ChangePasswordForm({ username, currentLabel, submitLabel, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState, watch, reset, setFocus } = useForm({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', newPasswordRepeat: '' },
  });

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setError(null);
    const result = await api.session.changePassword({ currentPassword, newPassword });
    if (result.ok) {
      reset();
      onChanged(result.value);
      return;
    }
    setError(result.error);
    if (result.error.code === 'WRONG_PASSWORD') setFocus('currentPassword');
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <TextField
        type="password"
        label={currentLabel}
        registration={register('currentPassword')}
        error={formState.errors.currentPassword}
        autoComplete="current-password"
      />
      <TextField
        type="password"
        label={t('auth:changePassword.newPassword')}
        registration={register('newPassword')}
        error={formState.errors.newPassword}
        hint={<PasswordRule value={watch('newPassword')} />}
        autoComplete="new-password"
      />
      <TextField
        type="password"
        label={t('auth:changePassword.newPasswordRepeat')}
        registration={register('newPasswordRepeat')}
        error={formState.errors.newPasswordRepeat}
        autoComplete="new-password"
      />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
