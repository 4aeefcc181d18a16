import type { ChannelName, Invoke, Result } from '../../../src-main/contract';

const TRANSPORT_ERROR: Result<never> = { ok: false, error: { code: 'TRANSPORT_ERROR' } };

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * Browser mode: the loopback bridge exposes every channel as `POST /api/<channel>`.
 * The token comes from the URL fragment (never sent by the browser on its own) and goes
 * only into the Authorization header.
 */
export function httpInvoke(token: string): Invoke {
  return async (channel: ChannelName, input: unknown) => {
    try {
      const response = await fetch('/api/' + channel, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
      if (response.status !== 200) return TRANSPORT_ERROR;
      const body: unknown = await response.json();
      return isResult(body) ? body : TRANSPORT_ERROR;
    } catch {
      return TRANSPORT_ERROR;
    }
  };
}

/** `#token=…` (other fragment parameters are left alone so a reload keeps working). */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() ? token.trim() : null;
}
