import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fail } from '../../contract/result';
import { releaseLockLeftByThisProcess } from '../data-dir/instance-lock';
import { createLogger } from '../log';
import type { CallOutcome, ClientInfo } from '../router/context';
import type { HostInit, HostReady, HostReply, HostRequest } from './host-protocol';

const log = createLogger('core/host');

/** Moves the clock of a core started in end-to-end test mode; answers the core's time after the move. */
export interface TestClockControl {
  shift(ms: number): Promise<Date>;
  setNow(to: Date): Promise<Date>;
}

/** What a transport holds: the core's one entry, and its end. */
export interface HostedCore {
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
  /** Flushes, ends every session, closes the database, releases the data directory, ends the worker. */
  close(): Promise<void>;
  /** Only when started with `testClock`. */
  readonly testClock?: TestClockControl;
  /** True once the worker has ended without being closed (a crash); every call then answers CORE_STOPPED. */
  readonly stopped: boolean;
}

export interface CoreWorkerOptions extends HostInit {
  /**
   * The worker's entry file. Electron's main bundle and the built servers (cli/browser-mode.ts,
   * cli/team-server-mode.ts) name the built `core-worker.js` beside them; from source (tests) it
   * defaults to `core-worker.ts` beside this file. A test may name its own entry.
   */
  entry?: string | URL;
}

const SOURCE_ENTRY = new URL('./core-worker.ts', import.meta.url);

/**
 * Starts the core in a worker thread and resolves once it is open for calls. Every call is one
 * message each way; a call's input (a password at log-in) is the only secret that ever crosses,
 * inside that message. A worker that dies (an uncaught error, out of memory) is reported, never
 * restarted behind the user's back: pending and later calls answer CORE_STOPPED, which the
 * renderer shows as an error screen. SQLite's journal makes the write it was doing all or
 * nothing, and the next start takes over the instance lock the dead thread left.
 */
export function startCoreWorker(options: CoreWorkerOptions): Promise<HostedCore> {
  const { entry = SOURCE_ENTRY, ...init } = options;
  const worker = spawn(entry, init satisfies HostInit);
  const pending = new Map<number, (reply: HostReply) => void>();
  let nextId = 1;
  let closing = false;
  let stopped = false;

  const request = (message: DistributiveOmit<HostRequest, 'id'>): Promise<HostReply> => {
    const id = nextId++;
    if (stopped) return Promise.resolve({ id, kind: 'failed' });
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ ...message, id } as HostRequest);
    });
  };

  const testClock: TestClockControl | undefined = init.testClock
    ? {
        shift: (ms) => request({ kind: 'clock', shiftMs: ms }).then(clockTime),
        setNow: (to) => request({ kind: 'clock', setNow: to.toISOString() }).then(clockTime),
      }
    : undefined;

  const core: HostedCore = {
    async call(channel, input, client) {
      const reply = await request({ kind: 'call', channel, input, client });
      return reply.kind === 'call' ? reply.outcome : { result: fail('CORE_STOPPED') };
    },
    async close() {
      if (closing || stopped) return;
      closing = true;
      await request({ kind: 'close' });
      await worker.terminate();
    },
    ...(testClock ? { testClock } : {}),
    get stopped() {
      return stopped;
    },
  };

  return new Promise((resolve, reject) => {
    let ready = false;
    let startError = '';
    worker.on('message', (message: HostReply | HostReady) => {
      if (message.kind === 'ready') {
        ready = true;
        resolve(core);
      } else if (message.kind === 'startFailed') {
        reject(new Error(`the core could not start (${message.message})`));
        void worker.terminate();
      } else {
        const settle = pending.get(message.id);
        pending.delete(message.id);
        settle?.(message);
      }
    });
    worker.on('error', (error) => {
      // Before it is ready no call (and so no personal data) has crossed: the message helps whoever starts it.
      if (!ready) startError = `: ${error.message}`;
      log.error('the core stopped with an uncaught error', error);
    });
    worker.on('exit', (code) => {
      if (!ready) reject(new Error(`the core's worker ended before it was ready (exit code ${code})${startError}`));
      if (!closing) {
        log.error(`the core's worker ended unexpectedly (exit code ${code}); calls now answer CORE_STOPPED`);
        // No thread of this process uses the directory any more; a restart may take it.
        releaseLockLeftByThisProcess(init.dataDir);
      }
      stopped = true;
      for (const [id, settle] of pending) settle({ id, kind: 'failed' });
      pending.clear();
    });
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function clockTime(reply: HostReply): Date {
  if (reply.kind !== 'clock') throw new Error('the core did not move its clock');
  return new Date(reply.now);
}

/**
 * A built `.js` entry runs as it is. A `.ts` entry (source runs under tsx, tests under vitest) is
 * loaded through tsx's loader registered inside the worker, because a worker does not inherit the
 * parent's module hooks on Node 20.
 */
function spawn(entry: string | URL, workerData: HostInit): Worker {
  const file = entry instanceof URL ? fileURLToPath(entry) : entry;
  const options = { workerData, name: 'bruecke-core' };
  if (!file.endsWith('.ts')) return new Worker(file, options);
  const tsx = tsxEsmApi();
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * The ESM build of tsx's public `tsx/esm/api` (as its package's exports name it): `require.resolve`
 * would give the CommonJS build, whose `register()` cannot be imported from an ESM worker.
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}
