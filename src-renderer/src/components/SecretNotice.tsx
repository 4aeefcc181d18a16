import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';

/** A one-time password, shown once, for the admin to hand over in person. */
export function OneTimePasswordNotice({ password, username }: { password: string; username: string }) {
  const { t } = useTranslation();
  return (
    <div className="secret-notice">
      <p>{t('admin:oneTimePassword.intro', { username })}</p>
      <p className="secret-value" data-testid="one-time-password" dir="ltr" translate="no">
        {password}
      </p>
      <CopyButton text={password} label={t('admin:oneTimePassword.copy')} />
      <p className="notice-hint">{t('admin:oneTimePassword.handOver')}</p>
    </div>
  );
}
