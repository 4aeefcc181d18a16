import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useUnlockedStatus } from '../api/session-context';
import { OrganisationPage } from '../screens/admin/OrganisationPage';
import { UsersPage } from '../screens/admin/UsersPage';
import { SettingsPage } from '../screens/settings/SettingsPage';
import { StartPage } from '../screens/start/StartPage';
import { Navigation } from './Navigation';
import { ADMIN_PAGES, type PageId } from './pages';

/** The signed-in application: top bar, navigation, one page. */
export function AppFrame() {
  const { t } = useTranslation();
  const { lock, logout } = useSession();
  const status = useUnlockedStatus();
  const { user, installation } = status;
  const isAdmin = user.roles.includes('admin');
  const [requested, setPage] = useState<PageId>('start');
  // Roles can change while signed in (an admin edits their own); never show a page they lost.
  const page: PageId = !isAdmin && ADMIN_PAGES.includes(requested) ? 'start' : requested;

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-identity">
          <span className="brand" translate="no">
            {t('common:productName')}
          </span>
          <span className="topbar-org" dir="auto">
            {installation.organisationName}
          </span>
        </div>
        <div className="topbar-user">
          <span className="topbar-name">
            <span className="visually-hidden">{t('common:signedInAs')} </span>
            <bdi>{user.displayName}</bdi>
          </span>
          <button type="button" className="button-secondary button-small" onClick={() => void lock()}>
            {t('common:lock')}
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => void logout()}>
            {t('common:logout')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <Navigation current={page} isAdmin={isAdmin} onNavigate={setPage} />
        <main className="page" key={page}>
          {page === 'start' ? <StartPage /> : null}
          {page === 'settings' ? <SettingsPage /> : null}
          {page === 'users' ? <UsersPage /> : null}
          {page === 'organisation' ? <OrganisationPage /> : null}
        </main>
      </div>
    </div>
  );
}
