import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { EditUserForm } from './UserForm';

export function EditUserDialog({ user, onClose, onSaved }: { user: UserSummary | null; onClose: () => void; onSaved: (user: UserSummary) => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={user !== null} title={t('admin:editUser.title')} onClose={onClose}>
      {user ? (
        <EditUserForm
          user={user}
          onCancel={onClose}
          onSubmit={async (values) => {
            const result = await api.users.update({ id: user.id, version: user.version, ...values });
            if (result.ok) onSaved(result.value);
            return result;
          }}
        />
      ) : null}
    </Dialog>
  );
}
