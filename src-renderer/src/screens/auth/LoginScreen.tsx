import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { contract, type ConnectionStatus, type ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { useSession } from '../../api/session-context';
import { FormError } from '../../components/ErrorMessage';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { AuthLayout } from './AuthLayout';
import { DamagedDatabaseScreen } from './DamagedDatabaseScreen';

const loginSchema = contract['session.login'].input;

export function LoginScreen({ onUseRecoveryCode, onConnect, connection }: { onUseRecoveryCode: () => void; onConnect?: () => void; connection?: ConnectionStatus }) {
  const { t } = useTranslation();
  const { applyStatus, lockedUser, forgetLockedUser } = useSession();
  const [error, setError] = useState<ErrorValue | null>(null);
  const form = useForm({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: lockedUser?.username ?? '', password: '' },
  });
  const { register, handleSubmit, formState, setValue, setFocus, resetField } = form;

  // "Sign in as someone else" empties the locked name and starts over at the user name. This
  // effect runs after the new heading has taken the focus, so the user name field wins.
  const switchingUser = useRef(false);
  useEffect(() => {
    if (lockedUser || !switchingUser.current) return;
    switchingUser.current = false;
    // setValue, not reset: reset drops the field refs until the next render, so focus would fail.
    setValue('username', '');
    setValue('password', '');
    setFocus('username');
  }, [lockedUser, setValue, setFocus]);

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.session.login(values);
    if (result.ok) {
      applyStatus(result.value);
      return;
    }
    setError(result.error);
    resetField('password');
    setFocus('password');
  });

  // A valid log-in found the database damaged: say what was found and offer the backups.
  if (error?.code === 'DB_CORRUPT') return <DamagedDatabaseScreen damage={error} onBack={() => setError(null)} />;

  return (
    <AuthLayout>
      <PageHeading key={lockedUser ? 'locked' : 'login'}>{lockedUser ? t('auth:locked.title') : t('auth:login.title')}</PageHeading>
      {lockedUser ? (
        <p className="lead">
          <Trans i18nKey="auth:locked.explanation" values={{ name: lockedUser.displayName }} components={{ name: <bdi /> }} />
        </p>
      ) : (
        <p className="lead">{t('auth:login.explanation')}</p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('auth:login.username')}
          registration={register('username')}
          error={formState.errors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          dir="auto"
          readOnly={Boolean(lockedUser)}
          className={lockedUser ? 'input-locked' : undefined}
        />
        <TextField
          type="password"
          label={t('auth:login.password')}
          registration={register('password')}
          error={formState.errors.password}
          autoComplete="current-password"
        />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {lockedUser ? t('auth:locked.unlock') : t('auth:login.submit')}
          </button>
          {lockedUser ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setError(null);
                switchingUser.current = true;
                forgetLockedUser();
              }}
            >
              {t('auth:locked.switchUser')}
            </button>
          ) : null}
        </div>
      </form>
      <p className="auth-footer">
        <button type="button" className="button-link" onClick={onUseRecoveryCode}>
          {t('auth:login.useRecoveryCode')}
        </button>
      </p>
      {onConnect && connection ? (
        <p className="auth-footer">
          {connection.kind === 'server' ? (
            <>
              {t('auth:connect.connectedTo')} <bdi dir="ltr">{connection.address}</bdi>{' '}
            </>
          ) : null}
          <button type="button" className="button-link" onClick={onConnect}>
            {connection.kind === 'server' ? t('auth:connect.change') : t('auth:connect.open')}
          </button>
        </p>
      ) : null}
    </AuthLayout>
  );
}
