import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErrorValue } from '../../../../src-main/contract';
import { setupInput } from '../../../../src-main/contract/session';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { PasswordRule } from '../../components/PasswordRule';

const adminSchema = setupInput.shape.admin
  .extend({ passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], error: 'validation:passwordsDiffer' });

export interface AdminValues {
  username: string;
  displayName: string;
  password: string;
}

interface AdminStepProps {
  focusHeading: boolean;
  onBack: () => void;
  /** Runs the setup; resolves with the core's error, if any. */
  onSubmit: (values: AdminValues) => Promise<ErrorValue | null>;
}

export function AdminStep({ focusHeading, onBack, onSubmit }: AdminStepProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState, watch } = useForm({
    resolver: zodResolver(adminSchema),
    defaultValues: { username: '', displayName: '', password: '', passwordRepeat: '' },
  });
  const submit = handleSubmit(async ({ username, displayName, password }) => {
    setError(null);
    setError(await onSubmit({ username, displayName, password }));
  });
  return (
    <section>
      <PageHeading level={2} focusOnMount={focusHeading}>
        {t('setup:admin.title')}
      </PageHeading>
      <p>{t('setup:admin.explanation')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('setup:admin.username')}
          registration={register('username')}
          error={formState.errors.username}
          hint={t('setup:admin.usernameHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="auto"
        />
        <TextField
          label={t('setup:admin.displayName')}
          registration={register('displayName')}
          error={formState.errors.displayName}
          hint={t('setup:admin.displayNameHint')}
          autoComplete="name"
          dir="auto"
        />
        <TextField
          type="password"
          label={t('setup:admin.password')}
          registration={register('password')}
          error={formState.errors.password}
          hint={<PasswordRule value={watch('password')} />}
          autoComplete="new-password"
        />
        <TextField
          type="password"
          label={t('setup:admin.passwordRepeat')}
          registration={register('passwordRepeat')}
          error={formState.errors.passwordRepeat}
          autoComplete="new-password"
        />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('setup:admin.working') : t('setup:admin.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onBack} disabled={formState.isSubmitting}>
            {t('setup:back')}
          </button>
        </div>
      </form>
    </section>
  );
}
