import { parentPort, workerData } from 'node:worker_threads';
import { fail } from '../../contract';
import { ShiftedClock } from '../clock';
import { createCore, type CoreOptions } from '../core';
import { createLogger } from '../log';
import type { HostInit, HostReady, HostReply, HostRequest } from './host-protocol';

const log = createLogger('core/host');

/**
 * The worker thread's side of the core host: opens the core on the data directory named in
 * `workerData` and answers each request from the transport's thread. The database, the sessions,
 * the router's queue, the idle timer and the scheduled work all live in this thread, so a slow call
 * blocks this thread only — never Electron's main process or the HTTPS server.
 * `overrides` lets a test's own worker entry compose fewer modules or a cheaper key derivation;
 * the shipped entry (`core-worker.ts`) passes none.
 */
export async function serveCore(overrides: Partial<Omit<CoreOptions, 'dataDir'>> = {}): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveCore runs only inside a worker thread');
  const init = workerData as HostInit;
  const clock = init.testClock ? new ShiftedClock() : undefined;
  let core: Awaited<ReturnType<typeof createCore>>;
  try {
    core = await createCore({
      dataDir: init.dataDir,
      ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}),
      ...(init.stayUnlocked ? { stayUnlocked: true } : {}),
      ...(clock ? { clock } : {}),
      ...overrides,
    });
  } catch (error) {
    log.error('the core could not start', error);
    port.postMessage({ kind: 'startFailed', message: error instanceof Error ? error.name : 'error' } satisfies HostReady);
    return;
  }

  const reply = (message: HostReply) => {
    try {
      port.postMessage(message);
    } catch (error) {
      // A value the structured clone cannot carry is a bug; the caller gets a code, not a hang.
      log.error('an answer could not be sent to the transport', error);
      port.postMessage({ id: message.id, kind: 'call', outcome: { result: fail('INTERNAL') } } satisfies HostReply);
    }
  };

  port.on('message', (request: HostRequest) => {
    switch (request.kind) {
      case 'call':
        core
          .call(request.channel, request.input, request.client)
          .then((outcome) => reply({ id: request.id, kind: 'call', outcome }))
          .catch((error: unknown) => {
            log.error(`${request.channel} threw`, error);
            reply({ id: request.id, kind: 'call', outcome: { result: fail('INTERNAL') } });
          });
        return;
      case 'clock':
        if (!clock) return reply({ id: request.id, kind: 'failed' });
        if (request.shiftMs !== undefined) clock.shift(request.shiftMs);
        if (request.setNow !== undefined) clock.setNow(new Date(request.setNow));
        return reply({ id: request.id, kind: 'clock', now: clock.now().toISOString() });
      case 'close':
        // Flushes (backup on close, audit anchor), ends every session, closes the database and
        // releases the instance lock — all before the transport's thread ends this one.
        core
          .close()
          .then(() => reply({ id: request.id, kind: 'closed' }))
          .catch((error: unknown) => {
            log.error('closing the core failed', error);
            reply({ id: request.id, kind: 'failed' });
          });
        return;
    }
  });
  port.postMessage({ kind: 'ready' } satisfies HostReady);
}
