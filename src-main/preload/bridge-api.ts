import type { IpcRenderer } from 'electron';
import { buildApi, fail, type Api, type Result } from '../contract';

/**
 * `window.bruecke`: one function per contract channel, each bound to its own channel name.
 * The page gets no way to name a channel itself — no ipcRenderer, no generic invoke.
 */
export function createBridgeApi(ipcRenderer: Pick<IpcRenderer, 'invoke'>): Api {
  return buildApi(async (channel, input) => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
    } catch {
      // Main answers with values, so a rejection means the transport itself broke (no handler
      // yet, main shutting down). The UI translates the code like any other error.
      return fail('TRANSPORT_ERROR');
    }
  });
}
