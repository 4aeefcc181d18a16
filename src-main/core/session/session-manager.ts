import type { EntityManager } from 'typeorm';
import type { SessionStatus } from '../../contract';
import { modulesForRoles } from '../../contract';
import { appendAudit, type AuditAction } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/open-database';
import { AppError } from '../errors';
import type { KdfParams } from '../keys/kdf';
import * as keyring from '../keys/keyring';
import { createLogger } from '../log';
import type { SerialQueue } from '../router/serial-queue';
import { readInstallation } from '../settings/installation';
import { findUserByName, getUser, toSummary } from '../users/users-service';
import type { User } from '../users/user.entity';
import { DatabaseHost } from './database-host';
import { LoginThrottle, type ThrottleKeys } from './login-throttle';
import { locksAt, SessionTable, type Session } from './sessions';

const log = createLogger('session');

export interface SessionOptions {
  dataDir: string;
  /** Tables and migrations of the foundation and every module, composed by the core. */
  schema: DatabaseSchema;
  clock: Clock;
  kdf: KdfParams;
  nativeBinding?: string;
  /** The router's queue: every step that touches the database runs in it, one at a time. */
  queue: SerialQueue;
}

export type EndReason = Extract<AuditAction, 'lock' | 'logout' | 'autoLock' | 'sessionEnded'>;

/**
 * The people signed in, each with a session of their own, over one database that stays open
 * while at least one of them is (or while a team server was asked to stay unlocked). Log-in
 * proves the password by unwrapping that user's key slot; a failed log-in touches nobody else.
 */
export class SessionManager {
  readonly host: DatabaseHost;
  readonly sessions = new SessionTable();
  readonly throttle: LoginThrottle;
  /** Team server: once an admin has signed in, keep the key after the last session ends. */
  private stayUnlocked = false;
  private stayUnlockedRequested = false;

  constructor(readonly options: SessionOptions) {
    this.host = new DatabaseHost({
      dataDir: options.dataDir,
      schema: options.schema,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    this.throttle = new LoginThrottle(options.dataDir, options.clock);
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  start(): void {
    this.host.start();
  }

  /** Runs `task` in the router's queue (database work of session calls, which the router does not queue). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.options.queue.run(task);
  }

  /** A team server started with `--stay-unlocked` keeps the key once an admin has signed in. */
  requestStayUnlocked(): void {
    this.stayUnlockedRequested = true;
  }

  get isStayingUnlocked(): boolean {
    return this.stayUnlocked;
  }

  /** The live session for a token, or null (unknown, ended, or timed out). Runs in the queue. */
  resolve(token: string | null): Session | null {
    return this.sessions.get(token);
  }

  /** What the client holding `token` should see. Runs in the queue. */
  async status(token: string | null): Promise<SessionStatus> {
    const state = this.host.state;
    if (state.kind === 'unavailable') return { state: 'unavailable', reason: state.reason };
    if (state.kind === 'needsSetup') return { state: 'needsSetup' };
    const s = this.sessions.get(token);
    if (!s || !this.host.isOpen) return { state: 'locked' };
    const db = this.host.db.manager;
    const user = await getUser(db, s.userId);
    const installation = await readInstallation(db);
    return {
      state: 'unlocked',
      user: { ...toSummary(user), uiLanguage: user.uiLanguage, autoLockMinutes: user.autoLockMinutes },
      installation,
      userModules: modulesForRoles(user.roles, installation.modules),
      locksAt: new Date(locksAt(s)).toISOString(),
    };
  }

  /**
   * Proves the password by unwrapping the user's slot (scrypt on the thread pool, outside the
   * queue, so colleagues' calls go on meanwhile), then opens the database if no one else has,
   * and creates a session bound to this user. Returns the new session's token.
   */
  async login(username: string, password: string, address: string): Promise<{ token: string; status: SessionStatus }> {
    this.host.requireSetUp();
    const keys: ThrottleKeys = { account: username, address };
    this.throttle.check(keys);
    const ring = keyring.readKeyring(this.dataDir);
    let unlocked: keyring.UnlockedKeys;
    try {
      unlocked = await keyring.unlockWithPassword(ring, username, password);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_CREDENTIALS') this.throttle.recordFailure(keys);
      throw error;
    }
    return this.exclusive(async () => {
      const wasOpen = this.host.isOpen;
      await this.host.ensureOpen(ring, unlocked);
      const db = this.host.db;
      const user = await findUserByName(db.manager, username);
      if (!user || !user.active) {
        if (!wasOpen) await this.closeIfUnused();
        this.throttle.recordFailure(keys);
        throw new AppError('WRONG_CREDENTIALS');
      }
      this.throttle.recordSuccess(keys);
      const now = this.clock.now();
      const session = this.sessions.create(user, address, now.getTime());
      await db.transaction(async (m) => {
        await m.update('User', { id: user.id }, { lastLoginAt: now.toISOString() });
        await appendAudit(m, { userId: user.id, action: 'login', entity: 'session' }, now);
      });
      if (this.stayUnlockedRequested && user.roles.includes('admin') && !this.stayUnlocked) {
        this.stayUnlocked = true;
        log.info('an admin signed in: the server stays unlocked until it stops');
      }
      log.info(`user ${user.id} signed in (${this.sessions.size} session(s))`);
      return { token: session.token, status: await this.status(session.token) };
    });
  }

  /** Lock, log-out, auto-lock, or a session ended by an admin: audited as what it was. Runs in the queue. */
  async end(token: string, reason: EndReason, byUserId?: number): Promise<void> {
    const s = this.sessions.get(token);
    if (!s) return;
    this.sessions.remove(token);
    try {
      if (this.host.isOpen) {
        await this.host.db.transaction((m) =>
          appendAudit(m, { userId: byUserId ?? s.userId, action: reason, entity: 'session', ...(byUserId ? { entityId: s.userId } : {}) }, this.clock.now()),
        );
      }
    } finally {
      log.info(`a session closed (${reason}); ${this.sessions.size} left`);
      await this.closeIfUnused();
    }
  }

  /** Ends every session of a user (deactivation). Runs in the queue. */
  async endAllOf(userId: number, byUserId: number): Promise<number> {
    const ofUser = this.sessions.ofUser(userId);
    for (const s of ofUser) await this.end(s.token, 'sessionEnded', byUserId);
    return ofUser.length;
  }

  /** With no session left the key goes, unless a team server was asked to stay unlocked. */
  private async closeIfUnused(): Promise<void> {
    if (this.sessions.size === 0 && !this.stayUnlocked) await this.host.close();
  }

  /** Activity pushes this session's auto-lock back; returns the new deadline. */
  touch(session: Session): string {
    session.lastActivity = this.clock.now().getTime();
    return new Date(locksAt(session)).toISOString();
  }

  /** Ends every session whose idle time has run out. Runs in the queue (before each call and on a timer). */
  async lockIdle(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const s of this.sessions.all()) if (now >= locksAt(s)) await this.end(s.token, 'autoLock');
  }

  /** After a user's own settings change, every session of theirs follows. */
  refreshUser(user: User): void {
    for (const s of this.sessions.ofUser(user.id)) s.autoLockMinutes = user.autoLockMinutes;
  }

  /** Adds or replaces a user's key slot (new user, password reset) with the open database's key. */
  async writeUserSlot(username: string, password: string): Promise<void> {
    const ring = keyring.readKeyring(this.dataDir);
    keyring.writeKeyring(this.dataDir, await keyring.setUserSlot(ring, username, password, this.host.key, this.options.kdf));
  }

  /** Rewrites only the user's own slot; a wrong current password counts as a failed log-in. */
  async changeOwnPassword(session: Session, db: EntityManager, currentPassword: string, newPassword: string): Promise<void> {
    const keys: ThrottleKeys = { account: session.username, address: session.address };
    this.throttle.check(keys);
    const ring = keyring.readKeyring(this.dataDir);
    let updated: keyring.Keyring;
    try {
      updated = await keyring.changeUserPassword(ring, session.username, currentPassword, newPassword, this.options.kdf);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_PASSWORD') this.throttle.recordFailure(keys);
      throw error;
    }
    this.throttle.recordSuccess(keys);
    await db.update('User', { id: session.userId }, { mustChangePassword: false });
    await appendAudit(db, { userId: session.userId, action: 'changePassword', entity: 'user', entityId: session.userId }, this.clock.now());
    // Last, so a failed keyring write rolls the transaction back with it.
    keyring.writeKeyring(this.dataDir, updated);
  }

  /** Ends every session (audited as log-out), closes the database, releases the directory. */
  async shutdown(): Promise<void> {
    for (const s of this.sessions.all()) await this.end(s.token, 'logout');
    this.stayUnlocked = false;
    await this.host.shutdown();
  }
}
