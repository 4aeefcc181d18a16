import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useUnlockedStatus } from '../api/session-context';
import { MODULE_UIS } from '../modules/registry';
import type { PageParams } from '../modules/module-ui';
import { AccessibilityPage } from '../screens/accessibility/AccessibilityPage';
import { OrganisationPage } from '../screens/admin/OrganisationPage';
import { UsersPage } from '../screens/admin/UsersPage';
import { ImportPage, importTargetsFor } from '../screens/imports/ImportPage';
import { AuditPage } from '../screens/privacy/AuditPage';
import { DataProtectionPage } from '../screens/privacy/DataProtectionPage';
import { SettingsPage } from '../screens/settings/SettingsPage';
import { StartPage } from '../screens/start/StartPage';
import { TeamPage } from '../screens/team/TeamPage';
import { GlobalShortcuts } from './GlobalShortcuts';
import { SkipLink } from './SkipLink';
import { Navigation } from './Navigation';
import { NavigationContext } from './navigation-context';
import { ADMIN_PAGES, canSeeReports, type PageId, type Route } from './pages';
import { hashWithRoute, routeFromHash } from './route-url';

// Reports bring the chart library; people who never open them never load it.
const ReportsPage = lazy(() => import('../screens/reports/ReportsPage'));

/** The signed-in application: top bar, navigation, one page. */
export function AppFrame() {
  const { t } = useTranslation();
  const { lock, logout } = useSession();
  const status = useUnlockedStatus();
  const { user, installation, userModules } = status;
  const isAdmin = user.roles.includes('admin');
  const modules = useMemo(() => MODULE_UIS.filter((m) => userModules.includes(m.id)), [userModules]);
  const adminModules = useMemo(
    () => (isAdmin ? MODULE_UIS.filter((m) => installation.modules.includes(m.id) && (m.adminPages?.length ?? 0) > 0) : []),
    [isAdmin, installation.modules],
  );
  // The page lives in the address: Back and Reload work, a record can be linked, and after a
  // lock the person comes back to where they were.
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash) ?? { page: 'start', params: {} });
  const navigate = useCallback((page: PageId, params: PageParams = {}) => {
    const next = { page, params };
    window.history.pushState(null, '', hashWithRoute(window.location.hash, next));
    setRoute(next);
  }, []);
  useEffect(() => {
    const follow = () => setRoute(routeFromHash(window.location.hash) ?? { page: 'start', params: {} });
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const shortcuts = useMemo(() => modules.flatMap((m) => m.shortcuts ?? []), [modules]);

  // Roles and modules can change while signed in; never show a page the user lost.
  const modulePage = useMemo(() => {
    const [moduleId, pageId] = route.page.split('.');
    const page = modules.find((m) => m.id === moduleId)?.pages.find((p) => p.id === pageId);
    const adminPage = adminModules.find((m) => m.id === moduleId)?.adminPages?.find((p) => p.id === pageId);
    return page ?? adminPage ?? null;
  }, [modules, adminModules, route.page]);
  const hasTeam = userModules.length > 0;
  const hasReports = canSeeReports(user.roles);
  const hasImports = importTargetsFor(userModules).length > 0;
  const allowed = route.page.includes('.')
    ? modulePage !== null
    : (isAdmin || !ADMIN_PAGES.includes(route.page)) && (route.page !== 'team' || hasTeam) && (route.page !== 'reports' || hasReports) && (route.page !== 'imports' || hasImports);
  const page: PageId = allowed ? route.page : 'start';
  const mainRef = useRef<HTMLElement>(null);

  return (
    <NavigationContext.Provider value={navigate}>
      <GlobalShortcuts shortcuts={shortcuts} navigate={navigate} />
      <div className="app">
        <SkipLink target={mainRef} />
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
          <Navigation current={page} isAdmin={isAdmin} hasTeam={hasTeam} hasReports={hasReports} hasImports={hasImports} modules={modules} adminModules={adminModules} onNavigate={navigate} />
          <div className="page-column">
            <main
              ref={mainRef}
              id="main"
              tabIndex={-1}
              className={allowed && modulePage?.fullWidth ? 'page page-full' : 'page'}
              key={`${page}:${JSON.stringify(allowed ? route.params : {})}`}
            >
              {page === 'start' ? <StartPage /> : null}
              {page === 'team' ? <TeamPage /> : null}
              {page === 'reports' ? (
                <Suspense fallback={<p className="muted">{t('common:loading')}</p>}>
                  <ReportsPage />
                </Suspense>
              ) : null}
              {page === 'imports' ? <ImportPage /> : null}
              {page === 'settings' ? <SettingsPage /> : null}
              {page === 'users' ? <UsersPage /> : null}
              {page === 'organisation' ? <OrganisationPage /> : null}
              {page === 'audit' ? <AuditPage /> : null}
              {page === 'dataProtection' ? <DataProtectionPage /> : null}
              {page === 'accessibility' ? <AccessibilityPage /> : null}
              {modulePage ? (
                // Module pages are loaded when first opened (modules/lazy-page.ts).
                <Suspense fallback={<p className="muted">{t('common:loading')}</p>}>
                  <modulePage.Component params={route.params} />
                </Suspense>
              ) : null}
            </main>
            <footer className="app-footer">
              <button type="button" className="button-link" aria-current={page === 'accessibility' ? 'page' : undefined} onClick={() => navigate('accessibility')}>
                {t('accessibility:link')}
              </button>
            </footer>
          </div>
        </div>
      </div>
    </NavigationContext.Provider>
  );
}
