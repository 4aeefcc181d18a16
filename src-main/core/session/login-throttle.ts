import type { Clock } from '../clock';
import { AppError } from '../errors';

const FREE_ATTEMPTS = 3;
const BASE_DELAY_S = 5;
const MAX_DELAY_S = 300;

/**
 * Slows down guessing: after three failed log-ins in a row each further attempt waits
 * 5 s, 10 s, 20 s … up to 5 minutes. Kept in memory: scrypt already makes each guess cost
 * 128 MiB and a few hundred milliseconds, and a counter on disk would be plaintext beside the data.
 */
export class LoginThrottle {
  private failures = 0;
  private blockedUntil = 0;

  constructor(private readonly clock: Clock) {}

  check(): void {
    const waitMs = this.blockedUntil - this.clock.now().getTime();
    if (waitMs > 0) {
      throw new AppError('LOGIN_THROTTLED', 'too many failed attempts', { retryAfterSeconds: Math.ceil(waitMs / 1000) });
    }
  }

  recordFailure(): void {
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(BASE_DELAY_S * 2 ** (this.failures - FREE_ATTEMPTS), MAX_DELAY_S);
      this.blockedUntil = this.clock.now().getTime() + delay * 1000;
    }
  }

  recordSuccess(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
