import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time on the phone, computed from the saved start instant, so it survives reloads and locks. */
export function CallTimer({ startedAt }: { startedAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="call-timer">
      <span>{t('hotline:call.duration')}</span>{' '}
      <span role="timer" aria-live="off" className="call-timer-value" dir="ltr">
        {formatElapsed(now - Date.parse(startedAt))}
      </span>
    </p>
  );
}
