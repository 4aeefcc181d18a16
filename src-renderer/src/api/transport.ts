import { buildApi, type Api, type ChannelName, type Invoke, type Result } from '../../../src-main/contract';
import { httpInvoke, tokenFromFragment } from './http-invoke';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
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

export type Transport = { kind: 'electron' | 'http'; api: Api } | { kind: 'missingToken' };

function pickTransport(): Transport {
  if (window.bruecke) return { kind: 'electron', api: buildApi(observed(electronInvoke(window.bruecke))) };
  const token = tokenFromFragment(window.location.hash);
  if (!token) return { kind: 'missingToken' };
  return { kind: 'http', api: buildApi(observed(httpInvoke(token))) };
}

export const transport: Transport = pickTransport();

const unusable: Invoke = () => Promise.resolve({ ok: false, error: { code: 'TRANSPORT_ERROR' } });

/**
 * The one API object the UI calls, e.g. `await api.users.list({ includeInactive: true })`.
 * Without a transport (browser mode opened without its token) every call fails with
 * TRANSPORT_ERROR; the app shows the missing-token screen before anything calls it.
 */
export const api: Api = transport.kind === 'missingToken' ? buildApi(unusable) : transport.api;
