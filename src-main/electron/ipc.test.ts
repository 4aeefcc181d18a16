import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { CHANNEL_NAMES, ok, type Result } from '../contract';
import type { CallOutcome, ClientInfo } from '../core/core';
import { registerIpc } from './ipc';

// ipc.ts imports hardening.ts, which imports electron's shell; nothing here may load Electron.
vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

const ENTRY = pathToFileURL('/opt/bruecke/out/renderer/index.html').href;

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

/** A tiny stand-in: the thing under test is the transport, not the core behind it. */
function setUp(call: (channel: string, input: unknown, client: ClientInfo) => Promise<CallOutcome> = async () => ({ result: ok('done') })) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((name: string, handler: Handler) => handlers.set(name, handler)),
    removeHandler: vi.fn((name: string) => handlers.delete(name)),
  };
  const core = { call: vi.fn(call) };
  const unregister = registerIpc(ipcMain as unknown as IpcMain, core, ENTRY);
  const windows = new Map<number, EventEmitter & { id: number }>();
  const contents = (id: number) => windows.get(id) ?? windows.set(id, Object.assign(new EventEmitter(), { id })).get(id)!;
  const send = (channel: string, frameUrl: string | null, input: unknown, windowId = 1) =>
    handlers.get(channel)!({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: contents(windowId) } as unknown as IpcMainInvokeEvent, input);
  return { handlers, core, unregister, send, contents };
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
    expect(core.call).toHaveBeenCalledWith('session.login', input, { session: null, address: 'local' });
  });

  it('keeps each window’s session in main, sends it with that window’s calls only, and ends it when the window closes', async () => {
    let issued = 0;
    const { core, send, contents } = setUp(async (channel) =>
      channel === 'session.login' ? { result: ok('in'), session: `token-${++issued}` } : channel === 'session.lock' ? { result: ok(null), session: null } : { result: ok('x') },
    );
    await send('session.login', ENTRY, {}, 1);
    await send('session.login', ENTRY, {}, 2);
    await send('users.list', ENTRY, {}, 1);
    await send('users.list', ENTRY, {}, 2);
    expect(core.call.mock.calls.slice(2).map((c) => c[2].session)).toEqual(['token-1', 'token-2']);
    // The page never sees a token.
    expect(await send('session.login', ENTRY, {}, 3)).toEqual({ ok: true, value: 'in' });

    await send('session.lock', ENTRY, {}, 2);
    await send('users.list', ENTRY, {}, 2);
    expect(core.call.mock.calls.at(-1)![2].session).toBeNull();

    contents(1).emit('destroyed');
    expect(core.call.mock.calls.at(-1)).toEqual(['session.logout', {}, { session: 'token-1', address: 'local' }]);
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
