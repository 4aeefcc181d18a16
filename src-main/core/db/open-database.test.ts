import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import { PAGE_CACHE_KIB, rawConnection } from './open-database';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

describe('an opened database', () => {
  it('is durable and checks references, keeps decrypted pages in a cache sized for a regional database, and sorts in memory', () => {
    const raw = rawConnection(db);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(PAGE_CACHE_KIB).toBeGreaterThanOrEqual(256 * 1024);
    expect(raw.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
  });
});
