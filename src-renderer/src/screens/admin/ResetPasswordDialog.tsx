import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ErrorValue, UserSummary } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { OneTimePasswordNotice } from '../../components/SecretNotice';

export function ResetPasswordDialog({ user, onClose, onReset }: { user: UserSummary | null; onClose: () => void; onReset: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [oneTimePassword, setOneTimePassword] = useState<string | null>(null);

  const close = () => {
    setOneTimePassword(null);
    setError(null);
    onClose();
  };

  async function reset(target: UserSummary) {
    setBusy(true);
    setError(null);
    const result = await api.users.resetPassword({ id: target.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setOneTimePassword(result.value.oneTimePassword);
    onReset();
  }

  return (
    <Dialog open={user !== null} title={t('admin:resetPassword.title')} dismissible={!busy && !oneTimePassword} onClose={close}>
      {user && oneTimePassword ? (
        <>
          <OneTimePasswordNotice username={user.username} password={oneTimePassword} />
          <div className="actions">
            <button type="button" className="button-primary" onClick={close}>
              {t('common:done')}
            </button>
          </div>
        </>
      ) : user ? (
        <>
          <p>
            <Trans i18nKey="admin:resetPassword.confirm" values={{ name: user.displayName }} components={{ name: <bdi /> }} />
          </p>
          <FormError error={error} />
          <div className="actions">
            <button type="button" className="button-primary" disabled={busy} onClick={() => void reset(user)}>
              {t('admin:resetPassword.submit')}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
