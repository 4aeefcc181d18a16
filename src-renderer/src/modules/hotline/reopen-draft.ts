import { onResult } from '../../api/transport';

/**
 * A call typed when the app locked or closed reopens after the next log-in. The frame always
 * opens on the start page after log-in; the hotline's start panel checks this flag once and
 * moves on to the draft, so opening the start page later does not jump away again.
 */
let reopenPending = false;

onResult((channel, result) => {
  if (channel !== 'session.login' || !result.ok) return;
  const status = result.value as { state?: string };
  if (status.state === 'unlocked') reopenPending = true;
});

export function takeReopenRequest(): boolean {
  const pending = reopenPending;
  reopenPending = false;
  return pending;
}
