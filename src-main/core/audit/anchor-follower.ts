import type { SerialQueue } from '../router/serial-queue';

/** How long the anchor may trail the table after calls that only read (and how often it is written while they go on). */
export const ANCHOR_DELAY_MS = 250;

/**
 * Keeps the audit anchor (audit-anchor.ts) following the table. Writing it is a flushed file
 * write and a rename, ~1.3 ms: for a short list call, whose only write is its own audit entry,
 * that was most of its time. So:
 * - after a call that changes data, the anchor is written before the answer, as before: a lost
 *   `-wal` after a crash is caught for every acknowledged change;
 * - after any other call, the first one arms a timer and the write runs in the queue when it
 *   fires, covering every call made meanwhile.
 * The anchor is never ahead of the table, at most behind it by the read calls of the last
 * `ANCHOR_DELAY_MS`: a crash in that window leaves it behind, which opening accepts (as a crash
 * just before the write always could). Closing and rekeying write it themselves
 * (database-host.ts), so a stopped app's anchor is always current.
 */
export function followAuditHead(queue: SerialQueue, writeAnchor: () => Promise<void>, delayMs = ANCHOR_DELAY_MS): { stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  // The timer's own run in the queue must not arm the next timer, or an idle core would wake forever.
  let timerRun = false;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  queue.afterEach(async (wrote) => {
    if (timerRun) {
      timerRun = false;
      return;
    }
    if (wrote) {
      stop();
      await writeAnchor();
      return;
    }
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void queue.run(async () => {
        timerRun = true;
        await writeAnchor();
      });
    }, delayMs);
    // A pending write never keeps a process alive that is otherwise done (tests, the CLI).
    timer.unref();
  });
  return { stop };
}
