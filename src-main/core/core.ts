import { systemClock, type Clock } from './clock';
import { APP, type Composition } from './composition';
import { DEFAULT_KDF, type KdfParams } from './keys/kdf';
import { ready as keyringReady } from './keys/keyring';
import type { CallOutcome, ClientInfo } from './router/context';
import { createRouter } from './router/router';
import { SerialQueue } from './router/serial-queue';
import { SessionManager } from './session/session-manager';
import { reapplyErasuresFor } from './handlers/composed-handlers';
import { backupOnClose, runScheduledWork } from './privacy/scheduled-work';
import { createLogger } from './log';
import { followAuditHead } from './audit/anchor-follower';

const log = createLogger('core');

export type { CallOutcome, ClientInfo } from './router/context';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  /** scrypt cost; production always uses DEFAULT_KDF (OWASP minimum or stronger). */
  kdf?: KdfParams;
  /** The database addon built for Electron, when running inside Electron. */
  nativeBinding?: string;
  /** The foundation and modules to run; the shipped application unless a test composes its own. */
  composition?: Composition;
  /** Team server: keep the key in memory once an admin has signed in, until the server stops. */
  stayUnlocked?: boolean;
}

export interface Core {
  /**
   * Every transport's one entry: the call, and who makes it (the session token the client holds,
   * its address). The outcome carries the result and any change of the client's session.
   */
  call(channel: string, input: unknown, client: ClientInfo): Promise<CallOutcome>;
  /** Ends every session, closes the database and releases the data directory. */
  close(): Promise<void>;
  /** Whether the database is open, i.e. the master key is in memory (someone is signed in, or a team server stays unlocked). */
  readonly unlocked: boolean;
  readonly clock: Clock;
  readonly dataDir: string;
}

const IDLE_CHECK_MS = 5_000;
const SCHEDULE_CHECK_MS = 15 * 60_000;

/**
 * The composition root of everything that runs in Node: sessions, router, handlers. Transports
 * (Electron IPC, the browser-mode bridge, the team server, tests) call `core.call` and nothing else.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  await keyringReady();
  const clock = options.clock ?? systemClock;
  const app = options.composition ?? APP;
  const queue = new SerialQueue();
  const session = new SessionManager({
    dataDir: options.dataDir,
    schema: app.schema,
    clock,
    kdf: options.kdf ?? DEFAULT_KDF,
    queue,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  session.start();
  // The audit chain head goes outside the database shortly after calls commit (audit/anchor-follower.ts).
  const anchoring = followAuditHead(queue, async () => {
    try {
      await session.host.anchorAudit();
    } catch (error) {
      log.error('could not write the audit anchor', error);
    }
  });
  if (options.stayUnlocked) session.requestStayUnlocked();
  const router = createRouter({ session, clock, handlers: app.handlers, queue });
  // Ends idle sessions on time even when no call arrives, so the key does not stay in memory.
  const timer = setInterval(() => void queue.run(() => session.lockIdle()), IDLE_CHECK_MS);
  timer.unref();
  // Backups on their interval, the daily retention run, the monthly restore test (privacy/scheduled-work.ts).
  const reapply = reapplyErasuresFor(app.modules);
  // Each step queues itself, so a backup's copy does not hold the queue (backup/backup-service.ts).
  const scheduled = setInterval(() => void runScheduledWork(session.host, app.modules, clock.now(), reapply, (step) => queue.run(step)).catch((error: unknown) => log.error('scheduled work failed', error)), SCHEDULE_CHECK_MS);
  scheduled.unref();
  let closed = false;
  return {
    call: (channel, input, client) => router.call(channel, input, client),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      clearInterval(scheduled);
      anchoring.stop();
      await queue.run(async () => {
        await backupOnClose(session.host, clock.now());
        await session.shutdown();
      });
    },
    get unlocked() {
      return session.host.isOpen;
    },
    clock,
    dataDir: options.dataDir,
  };
}
