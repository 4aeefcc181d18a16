import type { Result } from '../contract';
import { systemClock, type Clock } from './clock';
import { APP, type Composition } from './composition';
import { DEFAULT_KDF, type KdfParams } from './keys/kdf';
import { ready as keyringReady } from './keys/keyring';
import { createRouter } from './router/router';
import { SessionManager } from './session/session-manager';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  /** scrypt cost; production always uses DEFAULT_KDF (OWASP minimum or stronger). */
  kdf?: KdfParams;
  /** The database addon built for Electron, when running inside Electron. */
  nativeBinding?: string;
  /** The foundation and modules to run; the shipped application unless a test composes its own. */
  composition?: Composition;
}

export interface Core {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Locks the session, closes the database and releases the data directory. */
  close(): Promise<void>;
  readonly clock: Clock;
  readonly dataDir: string;
}

const IDLE_CHECK_MS = 5_000;

/**
 * The composition root of everything that runs in Node: session, router, handlers. Transports
 * (Electron IPC, the browser-mode bridge, tests) call `core.call` and nothing else.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  await keyringReady();
  const clock = options.clock ?? systemClock;
  const app = options.composition ?? APP;
  const session = new SessionManager({
    dataDir: options.dataDir,
    schema: app.schema,
    clock,
    kdf: options.kdf ?? DEFAULT_KDF,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  session.start();
  const router = createRouter({ session, clock, handlers: app.handlers });
  // Locks on time even when no call arrives, so the key does not stay in memory.
  const timer = setInterval(() => void router.enqueue(() => session.lockIfIdle()), IDLE_CHECK_MS);
  timer.unref();
  let closed = false;
  return {
    call: (channel, input) => router.call(channel, input),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await router.enqueue(() => session.shutdown());
    },
    clock,
    dataDir: options.dataDir,
  };
}
