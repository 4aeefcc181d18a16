import crypto from 'node:crypto';
import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import type { ErrorCode } from '../../contract';
import { acquireInstanceLock, ensureWritableDir, type InstanceLock } from '../data-dir/instance-lock';
import { databasePath, openDatabase, rekeyDatabase, type DatabaseSchema } from '../db/open-database';
import { AppError } from '../errors';
import * as keyring from '../keys/keyring';
import { createLogger } from '../log';

const log = createLogger('database-host');

export interface HostOptions {
  dataDir: string;
  schema: DatabaseSchema;
  nativeBinding?: string;
}

export type HostState = { kind: 'unavailable'; reason: ErrorCode } | { kind: 'needsSetup' } | { kind: 'closed' } | { kind: 'open' };

/**
 * The data directory and its one open database, independent of who is signed in: the instance
 * lock, the keyring's presence, the open connection and the master key. The database opens with
 * the first log-in (the key comes from that user's slot) and closes, with the key wiped, when the
 * session layer says the last session has ended.
 */
export class DatabaseHost {
  private lock: InstanceLock | null = null;
  private problem: ErrorCode | null = null;
  private open: { db: DataSource; key: Buffer } | null = null;

  constructor(readonly options: HostOptions) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** Takes the directory; failures become the `unavailable` state, shown as a translated screen. */
  start(): void {
    try {
      ensureWritableDir(this.dataDir);
      this.lock = acquireInstanceLock(this.dataDir);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.problem = error.code;
    }
  }

  get state(): HostState {
    if (this.problem) return { kind: 'unavailable', reason: this.problem };
    if (this.open) return { kind: 'open' };
    if (keyring.keyringExists(this.dataDir)) return { kind: 'closed' };
    // A database without its keyring cannot be opened; never offer setup over it.
    if (fs.existsSync(databasePath(this.dataDir))) return { kind: 'unavailable', reason: 'KEYRING_CORRUPT' };
    return { kind: 'needsSetup' };
  }

  /** Throws the matching error unless the directory is set up (open or closed). */
  requireSetUp(): void {
    const state = this.state;
    if (state.kind === 'unavailable') throw new AppError(state.reason);
    if (state.kind === 'needsSetup') throw new AppError('NOT_SET_UP');
  }

  requireNeedsSetup(): void {
    const state = this.state;
    if (state.kind === 'unavailable') throw new AppError(state.reason);
    if (state.kind !== 'needsSetup') throw new AppError('ALREADY_SET_UP');
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The open database; only while at least one session holds it. */
  get db(): DataSource {
    if (!this.open) throw new AppError('NOT_AUTHENTICATED');
    return this.open.db;
  }

  /** The master key; never leaves the core. */
  get key(): Buffer {
    if (!this.open) throw new AppError('NOT_AUTHENTICATED');
    return this.open.key;
  }

  /**
   * Makes sure the database is open under the key a slot just gave: opens it if closed; if open,
   * checks that the slot's key is the one in use (a stale slot must not pass). If a rekey was
   * interrupted, the slot also carries the next key: a database already rekeyed opens with it,
   * one not yet rekeyed is rekeyed now; either way the keyring ends with only the new key.
   */
  async ensureOpen(ring: keyring.Keyring, keys: keyring.UnlockedKeys): Promise<void> {
    if (this.open) {
      const inUse = this.open.key;
      const same = (k: Buffer | null) => k !== null && k.length === inUse.length && crypto.timingSafeEqual(k, inUse);
      const matches = same(keys.current) || same(keys.next);
      keys.current.fill(0);
      keys.next?.fill(0);
      if (!matches) throw new AppError('WRONG_CREDENTIALS');
      return;
    }
    const file = databasePath(this.dataDir);
    const open = (key: Buffer) =>
      openDatabase({ file, key, schema: this.options.schema, ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}) });
    if (!keys.next) {
      this.open = { db: await open(keys.current), key: keys.current };
      return;
    }
    let db: DataSource;
    try {
      db = await open(keys.current);
      rekeyDatabase(db, keys.next);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'DB_CORRUPT') throw error;
      db = await open(keys.next);
    }
    keyring.writeKeyring(this.dataDir, await keyring.promoteNextMasterKey(ring, keys.next));
    keys.current.fill(0);
    log.warn('finished an interrupted rekey');
    this.open = { db, key: keys.next };
  }

  /** Re-encrypts the open database under `next`; sessions keep working on the same connection. */
  rekey(next: Buffer): void {
    if (!this.open) throw new AppError('NOT_AUTHENTICATED');
    rekeyDatabase(this.open.db, next);
    this.open.key.fill(0);
    this.open.key = next;
  }

  /** Closes the database and wipes the key from memory. */
  async close(): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.open = null;
    try {
      await open.db.destroy();
    } finally {
      open.key.fill(0);
      log.info('database closed, key wiped');
    }
  }

  /** Releases the directory. */
  async shutdown(): Promise<void> {
    await this.close();
    this.lock?.release();
    this.lock = null;
  }
}
