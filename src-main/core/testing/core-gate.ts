import type { ChannelName } from '../../contract';
import type { Handler } from '../router/context';

/**
 * Test support: a gate shared between a test and the core's worker thread (a SharedArrayBuffer
 * passed as the test entry's `testData`). The test's own composition wraps one real channel with
 * it, so the test decides when that call is held (the worker thread blocked in `Atomics.wait`, as
 * in any long synchronous call) and when it goes on, or makes the thread crash. Never shipped:
 * only `gated-core-worker.ts` uses it.
 */
const OPEN = 0;
const ARMED = 1;
const HOLDING = 2;
const CRASH = 3;

export class CoreGate {
  readonly buffer = new SharedArrayBuffer(4);
  private readonly cell = new Int32Array(this.buffer);

  /** The next call of the gated channel blocks its thread until `release()`. */
  holdNext(): void {
    Atomics.store(this.cell, 0, ARMED);
  }

  /** Resolves once the gated call is running and blocked (its thread can answer nothing else). */
  async whenHolding(): Promise<void> {
    while (Atomics.load(this.cell, 0) === ARMED) await waitAsync(this.cell, ARMED).value;
    if (Atomics.load(this.cell, 0) !== HOLDING) throw new Error('the gate is not holding a call');
  }

  release(): void {
    Atomics.store(this.cell, 0, OPEN);
    Atomics.notify(this.cell, 0);
  }

  /** The next call of the gated channel ends its thread with an uncaught error. */
  crashNext(): void {
    Atomics.store(this.cell, 0, CRASH);
  }
}

/** The worker's side: `handler` behind the gate in `buffer`. */
export function gated<C extends ChannelName>(buffer: SharedArrayBuffer, handler: Handler<C>): Handler<C> {
  const cell = new Int32Array(buffer);
  return async (input, ctx) => {
    const state = Atomics.load(cell, 0);
    if (state === CRASH) {
      // Thrown outside any promise: nothing in the core can catch it, as with a bug in a driver.
      setImmediate(() => {
        throw new Error('deliberate crash of the core thread (test)');
      });
      return new Promise<never>(() => undefined);
    }
    if (state === ARMED) {
      Atomics.store(cell, 0, HOLDING);
      Atomics.notify(cell, 0);
      // Blocks this whole thread, like a long synchronous query does.
      Atomics.wait(cell, 0, HOLDING);
    }
    return handler(input, ctx);
  };
}

// ES2023's lib does not type Atomics.waitAsync (Node has it since 16).
function waitAsync(cell: Int32Array, value: number): { value: Promise<unknown> | unknown } {
  return (Atomics as unknown as { waitAsync(c: Int32Array, i: number, v: number): { value: Promise<unknown> | unknown } }).waitAsync(cell, 0, value);
}
