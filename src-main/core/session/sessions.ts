import crypto from 'node:crypto';

/** One person signed in from one client (a window, a browser tab, a workstation). */
export interface Session {
  /** The bearer secret of this session: 256 random bits, never logged, never in a URL. */
  readonly token: string;
  readonly userId: number;
  readonly username: string;
  readonly address: string;
  autoLockMinutes: number;
  lastActivity: number;
}

/** The sessions the core holds, by token. Ending one never touches another. */
export class SessionTable {
  private readonly byToken = new Map<string, Session>();

  create(user: { id: number; username: string; autoLockMinutes: number }, address: string, now: number): Session {
    const session: Session = {
      token: crypto.randomBytes(32).toString('base64url'),
      userId: user.id,
      username: user.username,
      address,
      autoLockMinutes: user.autoLockMinutes,
      lastActivity: now,
    };
    this.byToken.set(session.token, session);
    return session;
  }

  get(token: string | null | undefined): Session | null {
    if (!token) return null;
    return this.byToken.get(token) ?? null;
  }

  remove(token: string): boolean {
    return this.byToken.delete(token);
  }

  ofUser(userId: number): Session[] {
    return [...this.byToken.values()].filter((s) => s.userId === userId);
  }

  all(): Session[] {
    return [...this.byToken.values()];
  }

  get size(): number {
    return this.byToken.size;
  }
}

export function locksAt(session: Session): number {
  return session.lastActivity + session.autoLockMinutes * 60_000;
}
