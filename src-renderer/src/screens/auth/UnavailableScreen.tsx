import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../src-main/contract';
import { PageHeading } from '../../components/PageHeading';
import { errorKey } from '../../i18n/dynamic-keys';
import { AuthLayout } from './AuthLayout';

/**
 * The data folder cannot be used (another instance holds it, it is not writable, the files are
 * damaged) or the core cannot be reached at all. Each reason's text says what to do.
 */
export function UnavailableScreen({ reason, unreachable, onRetry }: { reason: ErrorCode; unreachable?: boolean; onRetry: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <AuthLayout>
      <PageHeading>{unreachable ? t('auth:unavailable.unreachableTitle') : t('auth:unavailable.title')}</PageHeading>
      <p className="lead">{t(errorKey(reason))}</p>
      <p className="muted">{t('auth:unavailable.code', { code: reason })}</p>
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onRetry().finally(() => setBusy(false));
          }}
        >
          {t('auth:unavailable.retry')}
        </button>
      </div>
    </AuthLayout>
  );
}
