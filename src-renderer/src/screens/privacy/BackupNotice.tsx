import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';

/**
 * On the admin's start page: whether backups are set up and the monthly restore test passed
 * (BSI CON.3.A15), with a way to the data-protection page when something needs doing.
 */
export function BackupNotice() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    void api.backup.status({}).then((r) => r.ok && setStatus(r.value));
  }, []);
  if (!status) return null;
  const lng = i18n.resolvedLanguage ?? 'de';
  const problem = !status.hasCode || !status.folder ? t('privacy:notice.notSetUp') : status.restoreTestDue ? t('privacy:backup.restoreTestDue') : null;
  return (
    <section className="panel" aria-labelledby="backup-notice-heading">
      <h2 id="backup-notice-heading">{t('privacy:backup.title')}</h2>
      <p>
        {t('privacy:backup.last')}: {status.lastBackupAt ? formatDateTime(status.lastBackupAt, lng) : t('privacy:backup.never')}
        {' · '}
        {t('privacy:backup.restoreTest')}:{' '}
        {status.lastRestoreTest
          ? t(status.lastRestoreTest.ok ? 'privacy:backup.restoreTestOk' : 'privacy:backup.restoreTestFailed', { at: formatDateTime(status.lastRestoreTest.at, lng) })
          : t('privacy:backup.never')}
      </p>
      {problem ? (
        <p role="alert">
          {problem}{' '}
          <button type="button" className="button-secondary button-small" onClick={() => navigate('dataProtection')}>
            {t('privacy:notice.open')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
