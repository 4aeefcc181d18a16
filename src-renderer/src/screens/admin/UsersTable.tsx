import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../src-main/contract';
import { formatDateTime } from '../../i18n/date-locale';
import { roleKey } from '../../i18n/dynamic-keys';
import { formatList } from '../../i18n/list-format';

export type UserAction = 'edit' | 'resetPassword' | 'deactivate';

interface UsersTableProps {
  users: UserSummary[];
  currentUserId: number;
  onAction: (action: UserAction, user: UserSummary) => void;
}

export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  // Repeated buttons get the user name in their accessible name ("Edit anna").
  const action = (kind: UserAction, label: string, user: UserSummary, className = 'button-secondary') => (
    <button type="button" className={`${className} button-small`} onClick={() => onAction(kind, user)}>
      {label}
      <span className="visually-hidden">
        {' '}
        <bdi>{user.username}</bdi>
      </span>
    </button>
  );
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="users-heading">
        <thead>
          <tr>
            <th scope="col">{t('admin:users.username')}</th>
            <th scope="col">{t('admin:users.displayName')}</th>
            <th scope="col">{t('admin:users.roles')}</th>
            <th scope="col">{t('admin:users.status')}</th>
            <th scope="col">{t('admin:users.mustChangePassword')}</th>
            <th scope="col">{t('admin:users.lastLogin')}</th>
            <th scope="col">{t('admin:users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'row-inactive'}>
              <th scope="row" dir="auto" className="cell-mono">
                {user.username}
              </th>
              <td dir="auto">{user.displayName}</td>
              <td>
                {formatList(
                  user.roles.map((r) => t(roleKey(r))),
                  lng,
                )}
              </td>
              <td>{user.active ? t('admin:users.active') : t('admin:users.inactive')}</td>
              <td>{user.mustChangePassword ? t('common:yes') : t('common:no')}</td>
              <td className="cell-nowrap">{user.lastLoginAt ? formatDateTime(user.lastLoginAt, lng) : t('admin:users.neverLoggedIn')}</td>
              <td className="cell-actions">
                {user.active ? (
                  <div className="row-actions">
                    {action('edit', t('admin:users.edit'), user)}
                    {action('resetPassword', t('admin:users.resetPassword'), user)}
                    {user.id !== currentUserId ? action('deactivate', t('admin:users.deactivate'), user, 'button-danger-quiet') : null}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
