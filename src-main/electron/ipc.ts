import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, fail, type Result } from '../contract';
import { createLogger } from '../core/log';
import { isTrustedSender } from './hardening';

const log = createLogger('electron/ipc');

/** The part of the core the transport needs; the router inside does validation and permissions. */
export interface CoreCaller {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
}

/**
 * One `ipcMain.handle` per contract channel, nothing else: a channel the contract does not name
 * has no handler at all. Every message's sender frame is checked before the core sees it.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: CoreCaller,
  appEntryUrl: string,
): () => void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderUrl(event), appEntryUrl)) {
        log.warn(`refused ${name} from an untrusted frame`);
        return fail('FORBIDDEN', 'untrusted sender');
      }
      try {
        return await core.call(name, input);
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
