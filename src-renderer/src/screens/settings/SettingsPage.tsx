import { useTranslation } from 'react-i18next';
import { useSession, useUnlockedStatus } from '../../api/session-context';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { PreferencesForm } from './PreferencesForm';

/** Each user's own settings: language, auto-lock, password. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { applyStatus } = useSession();
  const { user } = useUnlockedStatus();
  const [saved, showSaved] = useStatusMessage();
  return (
    <>
      <PageHeading>{t('settings:title')}</PageHeading>
      <p role="status" className="saved-status">
        {saved ? t(saved) : ''}
      </p>
      <section className="panel">
        <h2>{t('settings:preferences')}</h2>
        <PreferencesForm onSaved={() => showSaved('settings:preferencesSaved')} />
      </section>
      <section className="panel">
        <h2>{t('settings:changePassword')}</h2>
        <ChangePasswordForm
          username={user.username}
          currentLabel={t('settings:currentPassword')}
          submitLabel={t('settings:changePasswordSubmit')}
          onChanged={(status) => {
            applyStatus(status);
            showSaved('settings:passwordChanged');
          }}
        />
      </section>
    </>
  );
}
