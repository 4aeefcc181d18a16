import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, fail, type Result } from '../contract';
import type { CallOutcome, ClientInfo } from '../core/core';
import { createLogger } from '../core/log';
import { isTrustedSender } from './hardening';

const log = createLogger('electron/ipc');

/** The part of the core the transport needs; the router inside does validation and permissions. */
export interface CoreCaller {
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
}

/**
 * One `ipcMain.handle` per contract channel, nothing else: a channel the contract does not name
 * has no handler at all. Every message's sender frame is checked before the core sees it.
 * One window is one session: its token stays here in main, keyed by the window's web contents,
 * and never reaches the page; closing the window ends the session. Returns a function that
 * removes the handlers again.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: CoreCaller,
  appEntryUrl: string,
): () => void {
  const sessions = new Map<number, string>();

  const endSessionOf = (contentsId: number) => {
    const token = sessions.get(contentsId);
    sessions.delete(contentsId);
    if (token) void core.call('session.logout', {}, { session: token, address: 'local' }).catch(() => undefined);
  };

  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderUrl(event), appEntryUrl)) {
        log.warn(`refused ${name} from an untrusted frame`);
        return fail('FORBIDDEN', 'untrusted sender');
      }
      const contentsId = event.sender?.id ?? -1;
      try {
        const outcome = await core.call(name, input, { session: sessions.get(contentsId) ?? null, address: 'local' });
        if (outcome.session === null) sessions.delete(contentsId);
        else if (outcome.session !== undefined) {
          if (!sessions.has(contentsId)) event.sender?.once('destroyed', () => endSessionOf(contentsId));
          sessions.set(contentsId, outcome.session);
        }
        return outcome.result;
      } catch (error) {
        // The router returns errors as values; a throw is a bug. Never let Electron serialise it
        // (its message could carry SQL parameters) — hand the renderer a code instead.
        log.error(`${name} threw`, error);
        return fail('INTERNAL');
      }
    });
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(name);
    for (const id of [...sessions.keys()]) endSessionOf(id);
  };
}

function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    // Reading a disposed frame's url throws; such a sender is not trusted.
    return undefined;
  }
}
