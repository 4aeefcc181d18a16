import Database from 'better-sqlite3-multiple-ciphers';
import type { LocalClient } from '../../core/client';
import { applyKey, tuneForCipher } from '../../core/db/open-database';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  max: number;
  /** Router time over hand-written SQL of the same result (heavy calls only). */
  rawRatio?: number;
  /** Hand-written SQL on the encrypted database over the same SQL on a plaintext copy. */
  cipherRatio?: number;
  /** Size of the answer (JSON bytes), so a call that hands out everything shows. */
  bytes?: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export function summarise(name: string, samples: number[], extra: Partial<Timing> = {}): Timing {
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), ...extra };
}

/**
 * Times `runs` calls after `warmup` untimed ones, but stops early once `budgetMs` has passed (with
 * at least three samples), so a call that takes seconds cannot hold the benchmark for an hour.
 * Fails loudly if a call does not succeed.
 */
export async function timeCall(client: LocalClient, name: string, channel: string, input: () => unknown, runs: number, warmup = 3, budgetMs = 20_000): Promise<{ samples: number[]; bytes: number }> {
  let bytes = 0;
  const begun = performance.now();
  for (let i = 0; i < warmup && (i === 0 || performance.now() - begun < budgetMs / 4); i++) {
    const r = await client.call(channel, input());
    if (!r.ok) throw new Error(`${name}: ${channel} failed: ${r.error.code} ${r.error.message ?? ''}`);
    bytes = JSON.stringify(r.value).length;
  }
  const samples: number[] = [];
  const timed = performance.now();
  for (let i = 0; i < runs && (samples.length < 3 || performance.now() - timed < budgetMs); i++) {
    const started = performance.now();
    const r = await client.call(channel, input());
    samples.push(performance.now() - started);
    if (!r.ok) throw new Error(`${name}: ${channel} failed: ${r.error.code} ${r.error.message ?? ''}`);
  }
  return { samples, bytes };
}

export type RawDb = InstanceType<typeof Database>;

/** A second connection to the data set, for hand-written SQL; encrypted (with the key) or the plaintext copy. */
export function openRaw(file: string, key: Buffer | null): RawDb {
  const db = new Database(file, { readonly: true });
  if (key) applyKey(db, key);
  // The same page cache and temp store as the app's own connection, so ratios compare like with like.
  tuneForCipher(db);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

export function timeSql(db: RawDb, sql: string, params: unknown[], runs: number, warmup = 3): number[] {
  const statement = db.prepare(sql);
  for (let i = 0; i < warmup; i++) statement.all(...params);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    statement.all(...params);
    samples.push(performance.now() - started);
  }
  return samples;
}
