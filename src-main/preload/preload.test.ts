import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../contract';
// Runs the preload once against the fakes below (vi.hoisted and vi.mock are hoisted above it).
import './preload';

// The sandboxed preload's whole world: contextBridge and ipcRenderer. Both are fakes here, so the
// test sees exactly what the page would receive.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  send: vi.fn(),
  on: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, send: electron.send, on: electron.on, sendSync: vi.fn() },
}));


type Exposed = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const exposed = () => electron.exposed.get('bruecke') as Exposed;

function contractShape(): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const name of CHANNEL_NAMES) {
    const [domain, verb] = name.split('.') as [string, string];
    (shape[domain] ??= []).push(verb);
  }
  return shape;
}

describe('preload', () => {
  it('exposes one object, window.bruecke, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['bruecke']);
  });

  it('has exactly the contract’s domains and verbs, each a function', () => {
    const api = exposed();
    const shape = contractShape();
    expect(Object.keys(api).sort()).toEqual(Object.keys(shape).sort());
    for (const [domain, verbs] of Object.entries(shape)) {
      expect(Object.keys(api[domain]!).sort(), domain).toEqual([...verbs].sort());
      for (const verb of verbs) expect(typeof api[domain]![verb], `${domain}.${verb}`).toBe('function');
    }
  });

  it('hands the page no ipcRenderer and no generic invoke or send', () => {
    const api = exposed() as Record<string, unknown>;
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'call']) expect(api[key]).toBeUndefined();
    // Nothing reachable is a plain value or an Electron object: only domain objects of functions.
    for (const domain of Object.values(api)) {
      expect(typeof domain).toBe('object');
      for (const fn of Object.values(domain as object)) expect(typeof fn).toBe('function');
    }
  });

  it('binds each function to its own channel and passes the input through', async () => {
    const api = exposed();
    for (const name of CHANNEL_NAMES) {
      electron.invoke.mockClear();
      const [domain, verb] = name.split('.') as [string, string];
      const input = { probe: name };
      await expect(api[domain]![verb]!(input)).resolves.toEqual({ ok: true, value: { channel: name, input } });
      expect(electron.invoke).toHaveBeenCalledTimes(1);
      expect(electron.invoke).toHaveBeenCalledWith(name, input);
    }
    expect(electron.send).not.toHaveBeenCalled();
  });

  it('turns a broken transport into a TRANSPORT_ERROR value', async () => {
    electron.invoke.mockRejectedValueOnce(new Error("No handler registered for 'session.status'"));
    await expect(exposed().session!.status!({})).resolves.toEqual({ ok: false, error: { code: 'TRANSPORT_ERROR' } });
  });
});
