/**
 * The core reads time only from here. Production uses the system clock; tests set a fixed one,
 * and browser mode in test mode (never a production build) a shiftable one, so end-to-end tests
 * can move time (auto-lock, overdue follow-ups, expiries).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. Starts at `start` (or the system time) and stands still. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = to.getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** Runs with the system clock plus an offset the test bridge may change (browser test mode only). */
export class ShiftedClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  shift(ms: number): void {
    this.offsetMs += ms;
  }
  setNow(to: Date): void {
    this.offsetMs = to.getTime() - Date.now();
  }
}
