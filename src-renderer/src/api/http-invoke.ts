import type { ChannelName, Invoke, Result } from '../../../src-main/contract';

const TRANSPORT_ERROR: Result<never> = { ok: false, error: { code: 'TRANSPORT_ERROR' } };

/** Header names of the HTTP transports (src-main/web/http-api.ts). */
const SESSION_HEADER = 'X-Bruecke-Session';
const CSRF_HEADER = 'X-Bruecke-CSRF';
/**
 * This tab's session: sessionStorage is per tab and survives a reload, so every tab signs in for
 * itself and a reload keeps it signed in. Never a cookie: a foreign page cannot make the browser
 * send it along.
 */
const SESSION_KEY = 'bruecke.session';

export interface ServerInfo {
  csrf: string;
  /** `local`: browser mode on this machine (needs the launch token); `team`: a team server. */
  mode: 'local' | 'team';
}

/** The server's CSRF token and mode, read same-origin (the server sends no CORS headers). */
export async function fetchServerInfo(): Promise<ServerInfo | null> {
  try {
    const response = await fetch('/csrf', { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<ServerInfo>;
    return typeof body.csrf === 'string' && (body.mode === 'local' || body.mode === 'team') ? (body as ServerInfo) : null;
  } catch {
    return null;
  }
}

function isResult(body: unknown): body is Result<unknown> {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * Every channel as `POST /api/<channel>`. The launch token (browser mode; from the URL fragment,
 * never sent by the browser on its own) goes into the Authorization header, the CSRF token and
 * this tab's session into their own headers; the answer carries the result and any new session.
 */
export function httpInvoke(server: ServerInfo, launchToken: string | null): Invoke {
  return async (channel: ChannelName, input: unknown) => {
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', [CSRF_HEADER]: server.csrf };
      if (launchToken) headers.Authorization = 'Bearer ' + launchToken;
      const session = sessionStorage.getItem(SESSION_KEY);
      if (session) headers[SESSION_HEADER] = session;
      const response = await fetch('/api/' + channel, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
      if (response.status !== 200) return TRANSPORT_ERROR;
      const body = (await response.json()) as { result?: unknown; session?: unknown };
      if (typeof body.session === 'string') sessionStorage.setItem(SESSION_KEY, body.session);
      else if (body.session === null) sessionStorage.removeItem(SESSION_KEY);
      return isResult(body.result) ? body.result : TRANSPORT_ERROR;
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
