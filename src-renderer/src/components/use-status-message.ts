import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The translation key of a `role="status"` message (translated when rendered, so it follows a
 * language change made by the same save). Saving twice in a row shows the same words, which a
 * screen reader would not announce again; clearing first makes every confirmation heard.
 */
export function useStatusMessage(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const show = useCallback((next: string) => {
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 100);
  }, []);
  return [message, show];
}
