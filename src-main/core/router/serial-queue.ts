/**
 * Runs tasks one at a time, in arrival order. TypeORM's better-sqlite3 driver shares one query
 * runner, so a second transaction started while one is open would become a savepoint inside it
 * and one call's rollback could undo another's writes. Queuing every call prevents that.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private settled: ((wrote: boolean) => Promise<void>) | null = null;

  /**
   * Work to do after every task, still inside the queue: no transaction is open then, so what it
   * reads is committed (core.ts keeps the audit anchor following here). It learns whether the
   * task was one that changes data (`run`'s `wrote`).
   */
  afterEach(work: (wrote: boolean) => Promise<void>): void {
    this.settled = work;
  }

  run<T>(task: () => Promise<T>, wrote = false): Promise<T> {
    const step = async (): Promise<T> => {
      try {
        return await task();
      } finally {
        await this.settled?.(wrote);
      }
    };
    const result = this.tail.then(step, step);
    // The chain must survive a failed task; the caller still sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
