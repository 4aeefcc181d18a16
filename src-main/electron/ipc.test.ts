import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, ok, type Result } from '../contract';
import { registerIpc } from './ipc';

// ipc.ts imports hardening.ts, which imports electron's shell; nothing here may load Electron.
vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

const ENTRY = pathToFileURL('/opt/bruecke/out/renderer/index.html').href;

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

/** A tiny stand-in: the thing under test is the transport, not the core behind it. */
function setUp(call: (channel: string, input: unknown) => Promise<Result<unknown>> = async () => ok('done')) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((name: string, handler: Handler) => handlers.set(name, handler)),
    removeHandler: vi.fn((name: string) => handlers.delete(name)),
  };
  const core = { call: vi.fn(call) };
  const unregister = registerIpc(ipcMain as unknown as IpcMain, core, ENTRY);
  const send = (channel: string, frameUrl: string | null, input: unknown) =>
    handlers.get(channel)!({ senderFrame: frameUrl === null ? null : { url: frameUrl } } as IpcMainInvokeEvent, input);
  return { handlers, core, unregister, send };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('passes a call from the app’s own frame to the core with its channel and input', async () => {
    const { core, send } = setUp();
    const input = { username: 'admin', password: 'x' };
    await expect(send('session.login', ENTRY, input)).resolves.toEqual({ ok: true, value: 'done' });
    expect(core.call).toHaveBeenCalledTimes(1);
    expect(core.call).toHaveBeenCalledWith('session.login', input);
  });

  it('refuses a foreign frame without calling the core', async () => {
    const { core, send } = setUp();
    for (const url of ['https://example.org/', 'about:blank', pathToFileURL('/tmp/evil.html').href]) {
      const result = await send('session.status', url, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone', async () => {
    const { core, send, handlers } = setUp();
    await expect(send('session.status', null, {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    await expect(handlers.get('session.status')!(disposed, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('turns a throwing core into INTERNAL instead of leaking the error', async () => {
    const { send } = setUp(async () => {
      throw new Error('SQLITE_ERROR near "secret"');
    });
    const result = await send('session.status', ENTRY, {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('removes every handler again', () => {
    const { handlers, unregister } = setUp();
    unregister();
    expect(handlers.size).toBe(0);
  });
});
