import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../router/serial-queue';
import { followAuditHead } from './anchor-follower';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the audit anchor follows the table', () => {
  it('after reads: once for a burst, after the answers, in the queue, and not again while idle', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    let inTask = false;
    const follower = followAuditHead(
      queue,
      async () => {
        // Never while a call runs: the queue holds it.
        expect(inTask).toBe(false);
        events.push('anchor');
      },
      30,
    );
    const call = (name: string, wrote = false) =>
      queue.run(async () => {
        inTask = true;
        await sleep(1);
        inTask = false;
        events.push(name);
      }, wrote);
    await call('a');
    await call('b');
    await call('c');
    // Each answer came before any anchor write.
    expect(events).toEqual(['a', 'b', 'c']);
    await sleep(80);
    expect(events).toEqual(['a', 'b', 'c', 'anchor']);
    // Its own write arms no further timer: an idle core stays idle.
    await sleep(100);
    expect(events).toEqual(['a', 'b', 'c', 'anchor']);
    await call('d');
    follower.stop();
    await sleep(80);
    expect(events).toEqual(['a', 'b', 'c', 'anchor', 'd']);
  });

  it('after a change: before its answer, and a pending timer is not needed any more', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    followAuditHead(queue, async () => void events.push('anchor'), 30);
    const call = (name: string, wrote: boolean) => queue.run(async () => void events.push(name), wrote);
    await call('read', false);
    await call('write', true);
    expect(events).toEqual(['read', 'write', 'anchor']);
    await sleep(80);
    expect(events).toEqual(['read', 'write', 'anchor']);
  });
});
