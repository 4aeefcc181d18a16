import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ErrorValue, SessionStatus } from '../../../src-main/contract';
import { useUiLanguage } from '../i18n/use-ui-language';
import { api, onResult } from './transport';

export type SessionPhase =
  | { kind: 'loading' }
  /** `session.status` itself failed: the bridge is gone or the token is stale. */
  | { kind: 'unreachable'; error: ErrorValue }
  | { kind: 'ready'; status: SessionStatus };

/** Who was signed in when the app locked; kept in memory only, so the lock screen can offer them. */
export interface LockedUser {
  username: string;
  displayName: string;
}

interface SessionValue {
  phase: SessionPhase;
  /** Asks the core for the current state and shows the matching screen. */
  refresh: () => Promise<void>;
  /** For calls that return a new status (log-in, password change, own settings). */
  applyStatus: (status: SessionStatus) => void;
  lockedUser: LockedUser | null;
  forgetLockedUser: () => void;
  lock: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<SessionPhase>({ kind: 'loading' });
  const [lockedUser, setLockedUser] = useState<LockedUser | null>(null);
  const phaseRef = useRef(phase);
  useLayoutEffect(() => {
    phaseRef.current = phase;
  }, [phase]);
  const { setLanguage } = useUiLanguage();

  const applyStatus = useCallback(
    (status: SessionStatus) => {
      setPhase({ kind: 'ready', status });
      if (status.state === 'unlocked' && status.user.uiLanguage) setLanguage(status.user.uiLanguage);
    },
    [setLanguage],
  );

  const refresh = useCallback(async () => {
    const result = await api.session.status({});
    if (result.ok) applyStatus(result.value);
    else setPhase({ kind: 'unreachable', error: result.error });
  }, [applyStatus]);

  // While signing out, calls still under way come back NOT_AUTHENTICATED: that is not a lock.
  const signingOut = useRef(false);

  const rememberCurrentUser = useCallback(() => {
    if (signingOut.current) return;
    const current = phaseRef.current;
    if (current.kind === 'ready' && current.status.state === 'unlocked') {
      const { username, displayName } = current.status.user;
      setLockedUser({ username, displayName });
    }
  }, []);

  const lock = useCallback(async () => {
    rememberCurrentUser();
    // Whatever the answer (already locked by the core, bridge gone), the status decides the screen.
    await api.session.lock({});
    await refresh();
  }, [refresh, rememberCurrentUser]);

  const logout = useCallback(async () => {
    signingOut.current = true;
    // Calls answered after this one (even after the new status renders) find no signed-in user to remember.
    phaseRef.current = { kind: 'loading' };
    setLockedUser(null);
    try {
      await api.session.logout({});
      await refresh();
    } finally {
      signingOut.current = false;
    }
  }, [refresh]);

  const forgetLockedUser = useCallback(() => setLockedUser(null), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any call may find the session gone (the core locked it on its own clock, or a password
  // change is pending): go back to whatever the core says the state is.
  useEffect(
    () =>
      onResult((channel, result) => {
        if (result.ok || channel === 'session.status') return;
        if (result.error.code === 'NOT_AUTHENTICATED') {
          rememberCurrentUser();
          void refresh();
        } else if (result.error.code === 'PASSWORD_CHANGE_REQUIRED' || result.error.code === 'CORE_STOPPED') {
          // CORE_STOPPED: session.status fails the same way, so the error screen says what happened.
          void refresh();
        }
      }),
    [refresh, rememberCurrentUser],
  );

  const value = useMemo(
    () => ({ phase, refresh, applyStatus, lockedUser, forgetLockedUser, lock, logout }),
    [phase, refresh, applyStatus, lockedUser, forgetLockedUser, lock, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For screens that only render while unlocked. */
export function useUnlockedStatus(): Extract<SessionStatus, { state: 'unlocked' }> {
  const { phase } = useSession();
  if (phase.kind !== 'ready' || phase.status.state !== 'unlocked') throw new Error('useUnlockedStatus while not unlocked');
  return phase.status;
}
