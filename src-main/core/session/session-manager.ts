import fs from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import type { ErrorCode, SessionStatus } from '../../contract';
import { modulesForRoles } from '../../contract';
import { appendAudit, type AuditAction } from '../audit/audit-log';
import type { Clock } from '../clock';
import { acquireInstanceLock, ensureWritableDir, type InstanceLock } from '../data-dir/instance-lock';
import { databasePath, openDatabase, rekeyDatabase, type DatabaseSchema } from '../db/open-database';
import { AppError } from '../errors';
import type { KdfParams } from '../keys/kdf';
import * as keyring from '../keys/keyring';
import { createLogger } from '../log';
import { readInstallation } from '../settings/installation';
import { findUserByName, getUser, toSummary } from '../users/users-service';
import type { User } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';

const log = createLogger('session');

export interface SessionOptions {
  dataDir: string;
  /** Tables and migrations of the foundation and every module, composed by the core. */
  schema: DatabaseSchema;
  clock: Clock;
  kdf: KdfParams;
  nativeBinding?: string;
}

type State =
  | { kind: 'unavailable'; reason: ErrorCode }
  | { kind: 'needsSetup' }
  | { kind: 'locked' }
  | Unlocked;

export interface Unlocked {
  kind: 'unlocked';
  db: DataSource;
  /** The database master key; wiped on lock. Never leaves the main process. */
  key: Buffer;
  userId: number;
  username: string;
  autoLockMinutes: number;
  lastActivity: number;
}

/**
 * Owns the data directory for the process: the instance lock, the keyring, the open database
 * and who is signed in. Log-in = unwrap the user's slot, then open the database; lock = close it
 * and wipe the key. Every method is called through the router's queue, one at a time.
 */
export class SessionManager {
  private state: State = { kind: 'needsSetup' };
  private instanceLock: InstanceLock | null = null;
  readonly throttle: LoginThrottle;

  constructor(readonly options: SessionOptions) {
    this.throttle = new LoginThrottle(options.clock);
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** Takes the directory; failures become the `unavailable` state, shown as a translated screen. */
  start(): void {
    try {
      ensureWritableDir(this.dataDir);
      this.instanceLock = acquireInstanceLock(this.dataDir);
      this.state = this.detect();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.state = { kind: 'unavailable', reason: error.code };
    }
  }

  private detect(): State {
    if (keyring.keyringExists(this.dataDir)) return { kind: 'locked' };
    // A database without its keyring cannot be opened; never offer setup over it.
    if (fs.existsSync(databasePath(this.dataDir))) return { kind: 'unavailable', reason: 'KEYRING_CORRUPT' };
    return { kind: 'needsSetup' };
  }

  get kind(): State['kind'] {
    return this.state.kind;
  }

  /** The open session, or null. */
  get unlocked(): Unlocked | null {
    return this.state.kind === 'unlocked' ? this.state : null;
  }

  requireUnlocked(): Unlocked {
    const s = this.unlocked;
    if (!s) throw new AppError('NOT_AUTHENTICATED');
    return s;
  }

  requireState(kind: 'needsSetup' | 'locked'): void {
    if (this.state.kind === kind) return;
    if (this.state.kind === 'unavailable') throw new AppError(this.state.reason);
    if (kind === 'needsSetup') throw new AppError('ALREADY_SET_UP');
    if (this.state.kind === 'needsSetup') throw new AppError('NOT_SET_UP');
  }

  /** Called by first-run setup once keyring and database exist. */
  markSetUp(): void {
    this.state = { kind: 'locked' };
  }

  async status(): Promise<SessionStatus> {
    const s = this.state;
    if (s.kind === 'unavailable') return { state: 'unavailable', reason: s.reason };
    if (s.kind === 'needsSetup') return { state: 'needsSetup' };
    if (s.kind === 'locked') return { state: 'locked' };
    const user = await getUser(s.db.manager, s.userId);
    const installation = await readInstallation(s.db.manager);
    return {
      state: 'unlocked',
      user: {
        ...toSummary(user),
        uiLanguage: user.uiLanguage,
        autoLockMinutes: user.autoLockMinutes,
      },
      installation,
      userModules: modulesForRoles(user.roles, installation.modules),
      locksAt: new Date(this.locksAt(s)).toISOString(),
    };
  }

  async login(username: string, password: string): Promise<SessionStatus> {
    if (this.unlocked) await this.close('logout');
    this.requireState('locked');
    this.throttle.check();
    const ring = keyring.readKeyring(this.dataDir);
    let keys: keyring.UnlockedKeys;
    try {
      keys = await keyring.unlockWithPassword(ring, username, password);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_CREDENTIALS') this.throttle.recordFailure();
      throw error;
    }
    const { db, key } = await this.openWithKeys(ring, keys);
    const user = await findUserByName(db.manager, username);
    if (!user || !user.active) {
      await db.destroy();
      key.fill(0);
      this.throttle.recordFailure();
      throw new AppError('WRONG_CREDENTIALS');
    }
    this.throttle.recordSuccess();
    const now = this.clock.now();
    await db.transaction(async (m) => {
      await m.update('User', { id: user.id }, { lastLoginAt: now.toISOString() });
      await appendAudit(m, { userId: user.id, action: 'login', entity: 'session' }, now);
    });
    this.state = {
      kind: 'unlocked',
      db,
      key,
      userId: user.id,
      username: user.username,
      autoLockMinutes: user.autoLockMinutes,
      lastActivity: now.getTime(),
    };
    log.info(`user ${user.id} signed in`);
    return this.status();
  }

  /**
   * Opens the database with the slot's key. If a rekey was interrupted, the slot also carries the
   * next key: a database already rekeyed opens with it, one not yet rekeyed is rekeyed now; either
   * way the keyring ends with only the new key.
   */
  async openWithKeys(ring: keyring.Keyring, keys: keyring.UnlockedKeys): Promise<{ db: DataSource; key: Buffer }> {
    const file = databasePath(this.dataDir);
    const open = (key: Buffer) => openDatabase({ file, key, schema: this.options.schema, ...this.nativeBindingOption() });
    if (!keys.next) return { db: await open(keys.current), key: keys.current };
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
    return { db, key: keys.next };
  }

  private nativeBindingOption(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  /** Lock, log out or auto-lock: the same closing of the database, audited as what it was. */
  async close(reason: Extract<AuditAction, 'lock' | 'logout' | 'autoLock'>): Promise<void> {
    const s = this.unlocked;
    if (!s) return;
    this.state = { kind: 'locked' };
    try {
      await s.db.transaction((m) =>
        appendAudit(m, { userId: s.userId, action: reason, entity: 'session' }, this.clock.now()),
      );
    } finally {
      await s.db.destroy();
      s.key.fill(0);
      log.info(`session closed (${reason})`);
    }
  }

  touch(): string {
    const s = this.requireUnlocked();
    s.lastActivity = this.clock.now().getTime();
    return new Date(this.locksAt(s)).toISOString();
  }

  private locksAt(s: Unlocked): number {
    return s.lastActivity + s.autoLockMinutes * 60_000;
  }

  /** Locks when the idle time has run out; the core checks before each call and on a timer. */
  async lockIfIdle(): Promise<boolean> {
    const s = this.unlocked;
    if (!s || this.clock.now().getTime() < this.locksAt(s)) return false;
    await this.close('autoLock');
    return true;
  }

  /** After the user's own settings change. */
  refreshUser(user: User): void {
    const s = this.unlocked;
    if (s && s.userId === user.id) s.autoLockMinutes = user.autoLockMinutes;
  }

  /** Adds or replaces a user's key slot (new user, password reset). Needs the open session's key. */
  async writeUserSlot(username: string, password: string): Promise<void> {
    const s = this.requireUnlocked();
    const ring = keyring.readKeyring(this.dataDir);
    keyring.writeKeyring(this.dataDir, await keyring.setUserSlot(ring, username, password, s.key, this.options.kdf));
  }

  async changeOwnPassword(db: EntityManager, currentPassword: string, newPassword: string): Promise<void> {
    const s = this.requireUnlocked();
    const ring = keyring.readKeyring(this.dataDir);
    const updated = await keyring.changeUserPassword(ring, s.username, currentPassword, newPassword, this.options.kdf);
    await db.update('User', { id: s.userId }, { mustChangePassword: false });
    await appendAudit(db, { userId: s.userId, action: 'changePassword', entity: 'user', entityId: s.userId }, this.clock.now());
    // Last, so a failed keyring write rolls the transaction back with it.
    keyring.writeKeyring(this.dataDir, updated);
  }

  /** Releases the directory: closes any session and removes the instance lock. */
  async shutdown(): Promise<void> {
    if (this.unlocked) await this.close('logout');
    this.instanceLock?.release();
    this.instanceLock = null;
  }
}
