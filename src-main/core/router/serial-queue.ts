/**
 * Runs tasks one at a time, in arrival order. TypeORM's better-sqlite3 driver shares one query
 * runner, so a second transaction started while one is open would become a savepoint inside it
 * and one call's rollback could undo another's writes. Queuing every call prevents that.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The chain must survive a failed task; the caller still sees the failure.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
