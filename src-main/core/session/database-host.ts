import crypto from 'node:crypto';
import fs from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAnchorState, ErrorCode } from '../../contract';
import { readAnchor, writeAnchor, type AuditHead } from '../audit/audit-anchor';
import { advanceHead, compareWithAnchor, currentHead } from '../audit/audit-head';
import { acquireInstanceLock, ensureWritableDir, type InstanceLock } from '../data-dir/instance-lock';
import { damaged } from '../db/damage';
import { databasePath, openDatabase, rawConnection, type DatabaseSchema } from '../db/open-database';
import { removeRekeyCopy, replaceWithCopy, writeVerifiedCopy } from '../db/rekey-by-copy';
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
  /** The audit chain head last written to the anchor file (audit/audit-anchor.ts). */
  private anchorHead: AuditHead | null = null;
  /** A log-in with a valid key found the database damaged (DB_CORRUPT) and it stayed closed. */
  damageFound = false;

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
   * interrupted, the slot also carries the next key: a database still under the current key is
   * copied under the next one now (a copy the crash left is discarded first); one whose copy was
   * already renamed into place opens with the next key. Either way the keyring ends with only the
   * next key, and a pending recovery code stays pending.
   */
  async ensureOpen(ring: keyring.Keyring, keys: keyring.UnlockedKeys): Promise<void> {
    try {
      await this.openOrCheck(ring, keys);
    } catch (error) {
      // Remembered so start-up can offer the backups (core/backup/damage-recovery.ts); only a key
      // from a verified slot gets this far, so a wrong password never counts as damage.
      if (error instanceof AppError && error.code === 'DB_CORRUPT') this.damageFound = true;
      throw error;
    }
    this.damageFound = false;
  }

  private async openOrCheck(ring: keyring.Keyring, keys: keyring.UnlockedKeys): Promise<void> {
    if (this.open) {
      const inUse = this.open.key;
      const same = (k: Buffer | null) => k !== null && k.length === inUse.length && crypto.timingSafeEqual(k, inUse);
      const matches = same(keys.current) || same(keys.next);
      keys.current.fill(0);
      keys.next?.fill(0);
      if (!matches) throw new AppError('WRONG_CREDENTIALS');
      return;
    }
    if (!keys.next) {
      this.open = { db: await this.openWith(keys.current), key: keys.current };
      return;
    }
    removeRekeyCopy(databasePath(this.dataDir));
    let old: DataSource | null = null;
    try {
      // The anchor may already be sealed under the next key (rekey writes it before the rename).
      old = await this.openWith(keys.current, [keys.current, keys.next]);
    } catch (error) {
      // Under the next key already (the copy was renamed into place), or damaged: the next key tells.
      if (!(error instanceof AppError) || error.code !== 'DB_CORRUPT' || isAnchorFinding(error)) throw error;
    }
    if (old) {
      this.open = { db: old, key: keys.current };
      await this.rekey(keys.next);
    } else {
      // The anchor too may still be sealed under the current key (it is resealed before the rename).
      this.open = { db: await this.openWith(keys.next, [keys.next, keys.current]), key: keys.next };
      keys.current.fill(0);
    }
    keyring.writeKeyring(this.dataDir, await keyring.promoteNextMasterKey(ring, keys.next));
    log.warn('finished an interrupted rekey');
  }

  private openWith(key: Buffer, anchorKeys: readonly Buffer[] = [key]): Promise<DataSource> {
    return openDatabase({
      file: databasePath(this.dataDir),
      key,
      schema: this.options.schema,
      checkBeforeWrite: (dataSource) => this.checkAnchor(dataSource.manager, key, anchorKeys),
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    });
  }

  /**
   * At opening, before anything is written: the audit table must reach the head anchored outside
   * it. A database behind its anchor (entries cut from the end, an older copy put back, commits
   * lost with a deleted `-wal`) or with another entry there is refused as damaged and left as it
   * is. Without an anchor file (an installation from before anchoring, a fresh restore) the head
   * as found is anchored from now on.
   */
  private async checkAnchor(db: EntityManager, key: Buffer, anchorKeys: readonly Buffer[]): Promise<void> {
    const read = readAnchor(this.dataDir, anchorKeys);
    if (read.kind === 'unreadable') throw damaged({ kind: 'auditAnchorMismatch' }, 'the audit anchor does not open under this key');
    if (read.kind === 'missing') {
      this.anchorHead = await currentHead(db);
      writeAnchor(this.dataDir, key, this.anchorHead);
      log.warn(`no audit anchor found; anchored the chain at ${this.anchorHead.entries} entries`);
      return;
    }
    const state = await compareWithAnchor(db, read.head);
    if (state === 'behind') throw damaged({ kind: 'behindAuditAnchor' }, 'database behind its audit anchor: acknowledged writes may be lost');
    if (state !== 'matches') throw damaged({ kind: 'auditAnchorMismatch' }, 'the audit trail differs from its anchor');
    // Entries committed after the last anchor (a crash between commit and anchor) are taken in.
    this.anchorHead = await advanceHead(db, read.head);
    if (read.key !== key || this.anchorHead !== read.head) writeAnchor(this.dataDir, key, this.anchorHead);
  }

  /**
   * Writes the chain head outside the database after a commit that appended entries; called once
   * shortly after calls commit (audit/anchor-follower.ts), before closing and before a rekey. A crash before it leaves the
   * anchor behind the table, which the next opening takes in; never ahead of it.
   */
  async anchorAudit(): Promise<void> {
    if (!this.open || !this.anchorHead) return;
    const next = await advanceHead(this.open.db.manager, this.anchorHead);
    if (next === this.anchorHead) return;
    writeAnchor(this.dataDir, this.open.key, next);
    this.anchorHead = next;
  }

  /** For `maintenance.verify`: the table against the anchor file as it is on disk now. */
  async verifyAnchor(db: EntityManager): Promise<{ anchor: AuditAnchorState; anchoredEntries: number | null }> {
    const read = readAnchor(this.dataDir, [this.key]);
    if (read.kind !== 'ok') return { anchor: read.kind, anchoredEntries: null };
    return { anchor: await compareWithAnchor(db, read.head), anchoredEntries: read.head.entries };
  }

  /**
   * Moves the open database to `next`, crash-safe: a verified, flushed copy under `next` is
   * renamed over the closed original, then reopened. Runs in the router's queue, so no call uses
   * the connection meanwhile; sessions go on with the reopened one. The keyring must hold both
   * keys in every slot before this starts and is finished by the caller afterwards.
   */
  async rekey(next: Buffer): Promise<void> {
    if (!this.open) throw new AppError('NOT_AUTHENTICATED');
    const file = databasePath(this.dataDir);
    await this.anchorAudit();
    writeVerifiedCopy(rawConnection(this.open.db), file, next);
    // Sealed under the next key before the rename; until the keyring is finished both keys are tried.
    if (this.anchorHead) writeAnchor(this.dataDir, next, this.anchorHead);
    const old = this.open;
    this.open = null;
    try {
      await old.db.destroy();
    } finally {
      old.key.fill(0);
    }
    replaceWithCopy(file);
    this.open = { db: await this.openWith(next), key: next };
  }

  /** Closes the database and wipes the key from memory. */
  async close(): Promise<void> {
    const open = this.open;
    if (!open) return;
    try {
      await this.anchorAudit();
    } catch (error) {
      log.error('could not write the audit anchor before closing', error);
    }
    this.open = null;
    this.anchorHead = null;
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

function isAnchorFinding(error: AppError): boolean {
  const kind = (error.details as { damage?: { kind?: string } } | undefined)?.damage?.kind;
  return kind === 'behindAuditAnchor' || kind === 'auditAnchorMismatch';
}
