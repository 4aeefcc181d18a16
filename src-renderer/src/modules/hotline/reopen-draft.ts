import { onResult } from '../../api/transport';

/**
 * A call typed when the app closed reopens after the next log-in. After a lock the address still
 * names the page the person was on and the frame returns there; only a fresh start (no page in
 * the address) makes the hotline's start panel move on to the newest draft, once.
 */
let reopenPending = false;

onResult((channel, result) => {
  if (channel !== 'session.login' || !result.ok) return;
  const status = result.value as { state?: string };
  if (status.state === 'unlocked' && !/(^#|&)page=/.test(window.location.hash)) reopenPending = true;
});

export function takeReopenRequest(): boolean {
  const pending = reopenPending;
  reopenPending = false;
  return pending;
}
