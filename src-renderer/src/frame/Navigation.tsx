import { useTranslation } from 'react-i18next';
import type { PageId } from './pages';

interface NavigationProps {
  current: PageId;
  isAdmin: boolean;
  onNavigate: (page: PageId) => void;
}

export function Navigation({ current, isAdmin, onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  const main: { id: PageId; label: string }[] = [
    { id: 'start', label: t('common:nav.start') },
    { id: 'settings', label: t('common:nav.settings') },
  ];
  const admin: { id: PageId; label: string }[] = [
    { id: 'users', label: t('common:nav.users') },
    { id: 'organisation', label: t('common:nav.organisation') },
  ];
  const item = ({ id, label }: { id: PageId; label: string }) => (
    <li key={id}>
      <button
        type="button"
        className="nav-item"
        aria-current={current === id ? 'page' : undefined}
        onClick={() => onNavigate(id)}
      >
        {label}
      </button>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('common:nav.label')}>
      <ul className="nav-list">{main.map(item)}</ul>
      {isAdmin ? (
        <>
          <div className="nav-heading" id="nav-admin-heading">
            {t('common:nav.administration')}
          </div>
          <ul className="nav-list" aria-labelledby="nav-admin-heading">
            {admin.map(item)}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
