import { Trans, useTranslation } from 'react-i18next';
import { useSession, useUnlockedStatus } from '../../api/session-context';
import { PageHeading } from '../../components/PageHeading';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** First log-in with a one-time password: nothing else opens until the user picks their own. */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const { applyStatus, logout } = useSession();
  const { user } = useUnlockedStatus();
  return (
    <AuthLayout showLanguage={false}>
      <PageHeading>{t('auth:changePassword.title')}</PageHeading>
      <p className="lead">{t('auth:changePassword.explanation')}</p>
      <p className="muted">
        <Trans
          i18nKey="auth:changePassword.signedInAs"
          values={{ name: user.displayName, username: user.username }}
          components={{ name: <bdi />, username: <bdi /> }}
        />
      </p>
      <ChangePasswordForm
        username={user.username}
        currentLabel={t('auth:changePassword.oneTimePassword')}
        submitLabel={t('auth:changePassword.submit')}
        onChanged={applyStatus}
      />
      <p className="auth-footer">
        <button type="button" className="button-link" onClick={() => void logout()}>
          {t('common:logout')}
        </button>
      </p>
    </AuthLayout>
  );
}
