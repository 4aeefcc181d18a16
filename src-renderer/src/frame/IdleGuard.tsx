import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session-context';
import { api, onResult } from '../api/transport';
import { Dialog } from '../components/Dialog';

const WARN_BEFORE_MS = 30_000;
/** Activity is reported to the core at most this often; every report pushes the lock back. */
const TOUCH_INTERVAL_MS = 15_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Locks the session after the user's idle time, with a 30-second warning.
 *
 * The core keeps its own deadline on its own clock (which tests may shift), and gives no
 * "server now". It sets `locksAt = now + autoLockMinutes` on every successful signed-in call,
 * so the moment such an answer arrives is, locally, `autoLockMinutes` before the lock: the
 * local deadline is re-derived from that instead of comparing clocks.
 */
export function IdleGuard({ autoLockMinutes, children }: { autoLockMinutes: number; children: ReactNode }) {
  const { t } = useTranslation();
  const { lock } = useSession();
  const idleMs = autoLockMinutes * 60_000;
  const deadline = useRef(Date.now() + idleMs);
  const lastTouch = useRef(Date.now());
  const locking = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = secondsLeft !== null;
  const warningRef = useRef(warning);
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    warningRef.current = warning;
  }, [warning]);

  // A new idle time (changed in settings) starts a fresh period.
  useEffect(() => {
    deadline.current = Date.now() + idleMs;
  }, [idleMs]);

  // The core counts every successful signed-in call as activity, so each one restarts the period.
  useEffect(
    () =>
      onResult((_channel, result) => {
        if (!result.ok) return;
        const value = result.value as { state?: string; user?: { autoLockMinutes?: number } } | null;
        const minutes = value?.state === 'unlocked' ? value.user?.autoLockMinutes : undefined;
        deadline.current = Date.now() + (typeof minutes === 'number' ? minutes * 60_000 : idleMs);
      }),
    [idleMs],
  );

  useEffect(() => {
    function onActivity() {
      // During the warning only the explicit "Stay signed in" counts.
      if (warningRef.current) return;
      const now = Date.now();
      if (now - lastTouch.current < TOUCH_INTERVAL_MS) return;
      lastTouch.current = now;
      void api.session.touch({});
    }
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const remaining = deadline.current - Date.now();
      if (remaining <= 0) {
        if (!locking.current) {
          locking.current = true;
          setSecondsLeft(null);
          void lock();
        }
        return;
      }
      setSecondsLeft(remaining <= WARN_BEFORE_MS ? Math.ceil(remaining / 1000) : null);
    }, 250);
    return () => window.clearInterval(timer);
  }, [lock]);

  async function staySignedIn() {
    lastTouch.current = Date.now();
    const result = await api.session.touch({});
    if (result.ok) setSecondsLeft(null);
  }

  return (
    <>
      {children}
      <Dialog
        open={warning}
        role="alertdialog"
        title={t('common:idle.title')}
        describedBy="idle-warning-text"
        dismissible={false}
        onClose={() => undefined}
        initialFocus={stayButton}
        testId="idle-warning"
      >
        <p id="idle-warning-text">{t('common:idle.countdown', { count: secondsLeft ?? 0 })}</p>
        <div className="actions">
          <button ref={stayButton} type="button" className="button-primary" onClick={() => void staySignedIn()}>
            {t('common:idle.stay')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
