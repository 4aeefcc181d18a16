import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { RecoveryCodeNotice } from '../../components/RecoveryCodeNotice';

/**
 * A recovery code that replaced the previous one (after a deactivation or a recovery) and that no
 * admin has confirmed storing yet — e.g. because the app was closed or crashed before it was shown.
 * Shown to every admin after log-in until one confirms it; without it, the data would be lost the
 * day no admin can log in.
 */
export function PendingRecoveryCodeDialog() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ id: string; recoveryCode: string } | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    let live = true;
    void api.users.recoveryCodePending({}).then((result) => {
      if (live && result.ok) setPending(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  async function confirm(id: string) {
    const result = await api.users.recoveryCodeConfirm({ id });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setPending(null);
  }

  return (
    <Dialog open={pending !== null} title={t('admin:pendingCode.title')} dismissible={false} onClose={() => undefined}>
      {pending ? (
        <>
          <RecoveryCodeNotice
            code={pending.recoveryCode}
            intro={t('admin:pendingCode.intro')}
            continueLabel={t('common:done')}
            onContinue={() => void confirm(pending.id)}
          />
          <FormError error={error} />
        </>
      ) : null}
    </Dialog>
  );
}
