import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { OneTimePasswordNotice } from '../../components/SecretNotice';
import { NewUserForm } from './UserForm';

/** New user, then their one-time password, shown this once. */
export function CreateUserDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ username: string; oneTimePassword: string } | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog
      open={open}
      title={created ? t('admin:createUser.doneTitle') : t('admin:createUser.title')}
      // The password cannot be shown again: leave only through "Done".
      dismissible={!created}
      onClose={close}
    >
      {created ? (
        <>
          <OneTimePasswordNotice username={created.username} password={created.oneTimePassword} />
          <div className="actions">
            <button type="button" className="button-primary" onClick={close}>
              {t('common:done')}
            </button>
          </div>
        </>
      ) : (
        <NewUserForm
          onCancel={close}
          onSubmit={async (values) => {
            const result = await api.users.create(values);
            if (result.ok) {
              setCreated({ username: result.value.user.username, oneTimePassword: result.value.oneTimePassword });
              onCreated();
            }
            return result;
          }}
        />
      )}
    </Dialog>
  );
}
