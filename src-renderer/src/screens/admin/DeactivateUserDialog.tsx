import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ErrorValue, UserSummary } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';

/**
 * Deactivating removes the user's key and re-encrypts the whole database, which replaces the
 * recovery code; the admin must store the new one before going on.
 */
export function DeactivateUserDialog({ user, onClose, onDeactivated }: { user: UserSummary | null; onClose: () => void; onDeactivated: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  // The safe choice has the focus when the dialog opens.
  const cancelButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setRecoveryCode(null);
    setError(null);
    onClose();
  };

  // Stored: the new code stops being pending (else it is shown again at the next admin log-in).
  async function confirmStored(code: string) {
    const pending = await api.users.recoveryCodePending({});
    if (pending.ok && pending.value?.recoveryCode === code) await api.users.recoveryCodeConfirm({ id: pending.value.id });
    close();
  }

  async function deactivate(target: UserSummary) {
    setBusy(true);
    setError(null);
    const result = await api.users.deactivate({ id: target.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setRecoveryCode(result.value.recoveryCode);
    onDeactivated();
  }

  return (
    <Dialog
      open={user !== null}
      title={recoveryCode ? t('admin:deactivate.newCodeTitle') : t('admin:deactivate.title')}
      dismissible={!busy && !recoveryCode}
      onClose={close}
      initialFocus={cancelButton}
    >
      {user && recoveryCode ? (
        <RecoveryCodeNotice code={recoveryCode} intro={t('admin:deactivate.newCodeIntro')} continueLabel={t('common:done')} onContinue={() => void confirmStored(recoveryCode)} />
      ) : user ? (
        <>
          <p>
            <Trans i18nKey="admin:deactivate.confirm" values={{ name: user.displayName }} components={{ name: <bdi /> }} />
          </p>
          <ul className="secret-advice">
            <li>{t('admin:deactivate.rekey')}</li>
            <li>{t('admin:deactivate.newCode')}</li>
            <li>{t('admin:deactivate.staysListed')}</li>
          </ul>
          {busy ? (
            <p role="status" className="muted">
              {t('admin:deactivate.working')}
            </p>
          ) : null}
          <FormError error={error} />
          <div className="actions">
            <button type="button" className="button-danger" disabled={busy} onClick={() => void deactivate(user)}>
              {t('admin:deactivate.submit')}
            </button>
            <button ref={cancelButton} type="button" className="button-secondary" disabled={busy} onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
