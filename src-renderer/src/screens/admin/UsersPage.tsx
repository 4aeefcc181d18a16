import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, UserSummary } from '../../../../src-main/contract';
import { useSession, useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { CreateUserDialog } from './CreateUserDialog';
import { DeactivateUserDialog } from './DeactivateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UsersTable, type UserAction } from './UsersTable';

type OpenDialog = { kind: 'create' } | { kind: UserAction; user: UserSummary } | null;

/** Admins manage accounts: add, edit roles, reset passwords, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const { user: me } = useUnlockedStatus();
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorValue | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [message, showMessage] = useStatusMessage();

  const load = useCallback(async () => {
    const result = await api.users.list({ includeInactive: true });
    if (result.ok) {
      setUsers(result.value);
      setLoadError(null);
    } else {
      setLoadError(result.error);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const userFor = (kind: UserAction) => (dialog && dialog.kind === kind ? dialog.user : null);
  const closeDialog = () => setDialog(null);

  return (
    <>
      <div className="page-header">
        <PageHeading id="users-heading">{t('admin:users.title')}</PageHeading>
        <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('admin:users.add')}
        </button>
      </div>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={loadError} />
      {users ? (
        <UsersTable users={users} currentUserId={me.id} onAction={(kind, user) => setDialog({ kind, user })} />
      ) : loadError ? null : (
        <p className="muted">{t('common:loading')}</p>
      )}

      <CreateUserDialog
        open={dialog?.kind === 'create'}
        onClose={closeDialog}
        onCreated={() => {
          void load();
          showMessage('admin:users.created');
        }}
      />
      <EditUserDialog
        user={userFor('edit')}
        onClose={closeDialog}
        onSaved={(saved) => {
          closeDialog();
          void load();
          showMessage('admin:users.saved');
          // Editing oneself changes one's own roles and name in the frame.
          if (saved.id === me.id) void refresh();
        }}
      />
      <ResetPasswordDialog user={userFor('resetPassword')} onClose={closeDialog} onReset={() => void load()} />
      <DeactivateUserDialog
        user={userFor('deactivate')}
        onClose={closeDialog}
        onDeactivated={() => {
          void load();
          showMessage('admin:users.deactivated');
        }}
      />
    </>
  );
}
