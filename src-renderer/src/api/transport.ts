import { buildApi, type Api, type ChannelName, type Invoke, type Result } from '../../../src-main/contract';
import { fetchServerInfo, httpInvoke, tokenFromFragment } from './http-invoke';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode and on a team server's page. */
    bruecke?: Api;
  }
}

type AnyApi = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;

function electronInvoke(bridge: Api): Invoke {
  const nested = bridge as unknown as AnyApi;
  return (channel, input) => {
    const [domain, verb] = channel.split('.') as [string, string];
    const fn = nested[domain]?.[verb];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    return fn(input);
  };
}

export type ResultListener = (channel: ChannelName, result: Result<unknown>) => void;
const listeners = new Set<ResultListener>();

/**
 * Every result passes through here, so the session layer can react to a lost session
 * (NOT_AUTHENTICATED from any call) and to refreshed lock deadlines without each screen
 * having to remember it.
 */
export function onResult(listener: ResultListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function observed(invoke: Invoke): Invoke {
  return async (channel, input) => {
    let result: Result<unknown>;
    try {
      result = await invoke(channel, input);
    } catch {
      // An IPC failure must not escape as an exception; the UI only knows results.
      result = { ok: false, error: { code: 'TRANSPORT_ERROR' } };
    }
    for (const listener of listeners) listener(channel, result);
    return result;
  };
}

/** How this page reaches the core; the rest of the UI never asks. */
export type TransportKind = 'electron' | 'http' | 'missingToken';

const unusable: Invoke = () => Promise.resolve({ ok: false, error: { code: 'TRANSPORT_ERROR' } });
let current: Invoke = unusable;

/**
 * Picks the transport once, before the UI renders: the Electron preload's `window.bruecke`, or
 * the HTTP bridge of browser mode (which needs the launch token from the URL fragment) or of a
 * team server (which does not).
 */
export async function initTransport(): Promise<TransportKind> {
  if (window.bruecke) {
    current = observed(electronInvoke(window.bruecke));
    return 'electron';
  }
  const server = await fetchServerInfo();
  const launchToken = tokenFromFragment(window.location.hash);
  if (!server || (server.mode === 'local' && !launchToken)) return 'missingToken';
  current = observed(httpInvoke(server, launchToken));
  return 'http';
}

/**
 * The one API object the UI calls, e.g. `await api.users.list({ includeInactive: true })`.
 * Before a transport is chosen (or without one) every call fails with TRANSPORT_ERROR.
 */
export const api: Api = buildApi((channel, input) => current(channel, input));
