import { fail } from '../../contract/result';
import type { HostedCore, TestClockControl } from './worker-core';

/**
 * A core whose worker is still loading, usable at once: each call waits until the core is open.
 * A transport can then listen, serve the page and print its address while the worker thread
 * loads the core, instead of after it (browser mode's cold start). Calls keep their order: they
 * are forwarded in arrival order once the core is there. If the core never opens, every call
 * answers CORE_STOPPED (the renderer's error screen) and the server reports why and ends.
 */
export function startingCore(starting: Promise<HostedCore>, options: { testClock?: boolean } = {}): HostedCore {
  let failed = false;
  const opened = starting.then(
    (core) => core,
    () => {
      failed = true;
      return null;
    },
  );
  const clockOf = async (): Promise<TestClockControl> => {
    const clock = (await opened)?.testClock;
    if (!clock) throw new Error('the core has no test clock');
    return clock;
  };
  let current: HostedCore | null = null;
  void opened.then((core) => (current = core));
  return {
    async call(channel, input, client) {
      const core = await opened;
      return core ? core.call(channel, input, client) : { result: fail('CORE_STOPPED') };
    },
    async close() {
      await (await opened)?.close();
    },
    ...(options.testClock
      ? { testClock: { shift: async (ms: number) => (await clockOf()).shift(ms), setNow: async (to: Date) => (await clockOf()).setNow(to) } }
      : {}),
    get stopped() {
      return failed || (current?.stopped ?? false);
    },
  };
}
