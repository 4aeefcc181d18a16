import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Clock } from '../clock';
import { writeFileAtomic } from '../data-dir/atomic-file';
import { AppError } from '../errors';
import { createLogger } from '../log';

const log = createLogger('throttle');

export const THROTTLE_FILE = 'login-throttle.json';

/** How many failures a bucket allows before it waits, and how its wait grows. */
interface Rule {
  free: number;
  baseDelayS: number;
  maxDelayS: number;
}

/**
 * After three wrong passwords for an account, each further attempt waits 5 s, 10 s, 20 s … up to
 * 5 minutes. A client
 * address allows more (every tab of browser mode shares 127.0.0.1), so one machine guessing many
 * names is slowed without blocking colleagues elsewhere. Unknown names get buckets of their own:
 * guessing them never locks out a real account.
 */
const RULES = {
  account: { free: 3, baseDelayS: 5, maxDelayS: 300 },
  address: { free: 10, baseDelayS: 5, maxDelayS: 300 },
} satisfies Record<string, Rule>;

/** Failures older than this are forgotten, so a typo last week costs nothing today. */
const FORGET_AFTER_MS = 15 * 60_000;

const bucketSchema = z.object({ failures: z.number().int().min(0), lastFailure: z.number(), blockedUntil: z.number() });
const fileSchema = z.object({ version: z.literal(1), salt: z.string().min(16), buckets: z.record(z.string(), bucketSchema) });
type Bucket = z.infer<typeof bucketSchema>;

export interface ThrottleKeys {
  /** What is being guessed: a user name, or `recovery` for the recovery code. */
  account: string;
  /** Where the guesses come from (IP address, or `local` for the desktop window). */
  address: string;
}

/**
 * Slows down guessing of passwords and the recovery code, per account and per client address.
 * Kept in `login-throttle.json` beside the keyring so a restart does not reset it; buckets are
 * named by a salted hash, so the file names no user and no address.
 */
export class LoginThrottle {
  private salt: Buffer;
  private buckets = new Map<string, Bucket>();

  constructor(
    private readonly dataDir: string | null,
    private readonly clock: Clock,
  ) {
    this.salt = crypto.randomBytes(16);
    this.load();
  }

  /** Throws LOGIN_THROTTLED (with the seconds to wait) while either bucket waits. */
  check(keys: ThrottleKeys): void {
    const now = this.clock.now().getTime();
    const wait = Math.max(...this.names(keys).map((name) => (this.buckets.get(name)?.blockedUntil ?? 0) - now));
    if (wait > 0) throw new AppError('LOGIN_THROTTLED', 'too many failed attempts', { retryAfterSeconds: Math.ceil(wait / 1000) });
  }

  recordFailure(keys: ThrottleKeys): void {
    const now = this.clock.now().getTime();
    const [account, address] = this.names(keys) as [string, string];
    for (const [name, rule] of [
      [account, RULES.account],
      [address, RULES.address],
    ] as const) {
      const previous = this.buckets.get(name);
      const failures = previous && now - previous.lastFailure < FORGET_AFTER_MS ? previous.failures + 1 : 1;
      const delayS = failures >= rule.free ? Math.min(rule.baseDelayS * 2 ** (failures - rule.free), rule.maxDelayS) : 0;
      this.buckets.set(name, { failures, lastFailure: now, blockedUntil: delayS > 0 ? now + delayS * 1000 : 0 });
    }
    this.save();
  }

  /** A correct password clears its account's bucket; the address keeps its count until it is forgotten. */
  recordSuccess(keys: ThrottleKeys): void {
    if (this.buckets.delete(this.names(keys)[0]!)) this.save();
  }

  private names(keys: ThrottleKeys): string[] {
    const hash = (kind: string, value: string) =>
      `${kind}:${crypto.createHmac('sha256', this.salt).update(value.normalize('NFC').trim().toLowerCase()).digest('base64url')}`;
    return [hash('account', keys.account), hash('address', keys.address)];
  }

  private file(): string | null {
    return this.dataDir ? path.join(this.dataDir, THROTTLE_FILE) : null;
  }

  private load(): void {
    const file = this.file();
    if (!file || !fs.existsSync(file)) return;
    try {
      const parsed = fileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      this.salt = Buffer.from(parsed.salt, 'base64');
      this.buckets = new Map(Object.entries(parsed.buckets));
    } catch {
      // A damaged counter file must not keep anyone out; it only slows guessing. Start afresh.
      log.warn('throttle file unreadable; starting with empty counters');
    }
  }

  private save(): void {
    if (!this.dataDir) return;
    const now = this.clock.now().getTime();
    // Forgotten buckets go, so the file stays small.
    for (const [name, b] of this.buckets) if (now - b.lastFailure > FORGET_AFTER_MS && b.blockedUntil < now) this.buckets.delete(name);
    try {
      writeFileAtomic(this.dataDir, THROTTLE_FILE, JSON.stringify({ version: 1, salt: this.salt.toString('base64'), buckets: Object.fromEntries(this.buckets) }));
    } catch {
      log.warn('throttle file could not be written; counting in memory');
    }
  }
}
