import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from './api/session-context';
import type { TransportKind } from './api/transport';
import { AppFrame } from './frame/AppFrame';
import { IdleGuard } from './frame/IdleGuard';
import { useConnection } from './api/use-connection';
import { ChangePasswordScreen } from './screens/auth/ChangePasswordScreen';
import { ConnectServerScreen } from './screens/connect/ConnectServerScreen';
import { LoginScreen } from './screens/auth/LoginScreen';
import { MissingTokenScreen } from './screens/auth/MissingTokenScreen';
import { RecoveryScreen } from './screens/auth/RecoveryScreen';
import { UnavailableScreen } from './screens/auth/UnavailableScreen';
import { SetupWizard } from './screens/setup/SetupWizard';
import { PendingRecoveryCodeDialog } from './screens/admin/PendingRecoveryCodeDialog';

export function App({ transport }: { transport: TransportKind }) {
  if (transport === 'missingToken') return <MissingTokenScreen />;
  return (
    <SessionProvider>
      <Screens />
    </SessionProvider>
  );
}

/** One screen per session state; the core's `session.status` decides which. */
function Screens() {
  const { t } = useTranslation();
  const { phase, refresh } = useSession();
  const [recovering, setRecovering] = useState(false);
  const [connecting, setConnecting] = useState(false);
  const connection = useConnection();

  if (phase.kind === 'loading') {
    return (
      <p role="status" className="loading">
        {t('common:loading')}
      </p>
    );
  }
  if (phase.kind === 'unreachable') return <UnavailableScreen reason={phase.error.code} unreachable onRetry={refresh} />;

  const { status } = phase;
  if (connecting && connection?.switchable) {
    return (
      <ConnectServerScreen
        current={connection}
        onBack={() => setConnecting(false)}
        onDone={() => {
          // The page reloads so every screen starts over against the new place.
          window.location.reload();
        }}
      />
    );
  }
  const onConnect = connection?.switchable ? () => setConnecting(true) : undefined;
  switch (status.state) {
    case 'unavailable':
      return <UnavailableScreen reason={status.reason} onRetry={refresh} />;
    case 'needsSetup':
      return <SetupWizard {...(onConnect ? { onConnect } : {})} />;
    case 'locked':
      return recovering ? (
        <RecoveryScreen onBack={() => setRecovering(false)} />
      ) : (
        <LoginScreen onUseRecoveryCode={() => setRecovering(true)} {...(onConnect && connection ? { onConnect, connection } : {})} />
      );
    case 'unlocked':
      return (
        <IdleGuard autoLockMinutes={status.user.autoLockMinutes}>
          {status.user.mustChangePassword ? <ChangePasswordScreen /> : <AppFrame />}
          {!status.user.mustChangePassword && status.user.roles.includes('admin') ? <PendingRecoveryCodeDialog /> : null}
        </IdleGuard>
      );
  }
}
