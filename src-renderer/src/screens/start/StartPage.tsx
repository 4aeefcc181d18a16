import { Trans, useTranslation } from 'react-i18next';
import { useUnlockedStatus } from '../../api/session-context';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { moduleKey, roleKey } from '../../i18n/dynamic-keys';
import { formatList } from '../../i18n/list-format';
import { MODULE_UIS } from '../../modules/registry';
import { TasksPanel } from './TasksPanel';
import { BackupNotice } from '../privacy/BackupNotice';

/** What this person can do here, in plain words. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const { user, installation, userModules } = useUnlockedStatus();
  const lng = i18n.resolvedLanguage ?? 'de';
  const isAdmin = user.roles.includes('admin');
  const navigate = useNavigate();
  // Admins reach the reports from the navigation; the steering group starts from here.
  const reports = user.roles.includes('reporting');
  const roles = formatList(
    user.roles.map((r) => t(roleKey(r))),
    lng,
  );
  const modules = formatList(
    userModules.map((m) => t(moduleKey(m))),
    lng,
  );
  const installed = formatList(
    installation.modules.map((m) => t(moduleKey(m))),
    lng,
  );

  return (
    <>
      <PageHeading>
        <Trans i18nKey="start:greeting" values={{ name: user.displayName }} components={{ name: <bdi /> }} />
      </PageHeading>
      <dl className="facts">
        <dt>{t('start:yourRoles')}</dt>
        <dd>{roles}</dd>
        <dt>{t('start:yourModules')}</dt>
        <dd>{userModules.length > 0 ? modules : reports ? t('start:reportsOnly') : t('start:noModules')}</dd>
        {isAdmin ? (
          <>
            <dt>{t('start:installedModules')}</dt>
            <dd>{installed}</dd>
          </>
        ) : null}
      </dl>
      {reports ? (
        <section className="panel" aria-labelledby="start-reports">
          <h2 id="start-reports">{t('start:reportsHeading')}</h2>
          <p>{t('start:reportsText')}</p>
          <button type="button" className="button-primary" onClick={() => navigate('reports')}>
            {t('start:openReports')}
          </button>
        </section>
      ) : null}
      {userModules.length === 0 && !reports ? <p className="muted">{isAdmin ? t('start:noModulesAdminHint') : t('start:noModulesHint')}</p> : null}
      {isAdmin ? <BackupNotice /> : null}
      {userModules.length > 0 ? <TasksPanel /> : null}
      {MODULE_UIS.filter((m) => userModules.includes(m.id) && m.StartPanel).map((m) => {
        const Panel = m.StartPanel!;
        return <Panel key={m.id} />;
      })}
      <p className="muted">{t('start:autoLock', { count: user.autoLockMinutes })}</p>
    </>
  );
}
