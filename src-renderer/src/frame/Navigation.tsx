import { useTranslation } from 'react-i18next';
import { moduleKey } from '../i18n/dynamic-keys';
import type { ModuleUi } from '../modules/module-ui';
import type { PageId } from './pages';

interface NavigationProps {
  current: PageId;
  isAdmin: boolean;
  /** The team view exists for people who work in at least one module. */
  hasTeam: boolean;
  /** Council reports, for the reporting role and admins. */
  hasReports: boolean;
  /** Importing lists, for those who work in a module that takes lists in. */
  hasImports: boolean;
  modules: readonly ModuleUi[];
  /** Modules whose settings pages this admin sees under "Administration". */
  adminModules: readonly ModuleUi[];
  onNavigate: (page: PageId) => void;
}

interface Item {
  id: PageId;
  label: string;
}

export function Navigation({ current, isAdmin, hasTeam, hasReports, hasImports, modules, adminModules, onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  const main: Item[] = [
    { id: 'start', label: t('common:nav.start') },
    ...(hasTeam ? [{ id: 'team' as const, label: t('common:nav.team') }] : []),
    ...(hasReports ? [{ id: 'reports' as const, label: t('common:nav.reports') }] : []),
    ...(hasImports ? [{ id: 'imports' as const, label: t('common:nav.imports') }] : []),
    { id: 'settings', label: t('common:nav.settings') },
  ];
  const admin: Item[] = [
    { id: 'users', label: t('common:nav.users') },
    { id: 'organisation', label: t('common:nav.organisation') },
    { id: 'audit', label: t('common:nav.audit') },
    { id: 'dataProtection', label: t('common:nav.dataProtection') },
    ...adminModules.flatMap((m) =>
      (m.adminPages ?? []).map((p) => ({ id: `${m.id}.${p.id}` as PageId, label: t(p.labelKey) })),
    ),
  ];
  const item = ({ id, label }: Item) => {
    const isCurrent = current === id;
    return (
      <li key={id}>
        <button type="button" className="nav-item" aria-current={isCurrent ? 'page' : undefined} onClick={() => onNavigate(id)}>
          {label}
        </button>
      </li>
    );
  };
  const group = (headingId: string, heading: string, items: Item[]) => {
    // A module without pages yet gets no empty heading.
    if (items.length === 0) return null;
    return (
      <div key={headingId}>
        <div className="nav-heading" id={headingId}>
          {heading}
        </div>
        <ul className="nav-list" aria-labelledby={headingId}>
          {items.map(item)}
        </ul>
      </div>
    );
  };
  return (
    <nav className="sidebar" aria-label={t('common:nav.label')}>
      <ul className="nav-list">{main.map(item)}</ul>
      {modules.map((m) =>
        group(
          `nav-module-${m.id}`,
          t(moduleKey(m.id)),
          m.pages.filter((p) => p.inNavigation).map((p) => ({ id: `${m.id}.${p.id}` as PageId, label: t(p.labelKey) })),
        ),
      )}
      {isAdmin ? group('nav-admin-heading', t('common:nav.administration'), admin) : null}
    </nav>
  );
}
