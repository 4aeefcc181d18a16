import crypto from 'node:crypto';
import type { ImportResult, ImportTargetId } from '../../contract/imports';
import { AppError } from '../errors';
import type { SessionTable } from '../session/sessions';

/** Rows checked by `imports.stage` and held in memory (never on disk) until commit or discard. */
export interface Staging {
  token: string;
  /** The session that staged: only it may add, commit or discard. */
  sessionToken: string;
  touchedAt: number;
  target: ImportTargetId;
  mapping: Record<string, number | null>;
  total: number;
  result: ImportResult;
  accepted: { line: number; value: unknown }[];
  seen: Set<string>;
  known: Set<string>;
  prepared: unknown;
}

/** A staging not touched for this long is forgotten (a window closed mid-import). */
export const MAX_IDLE_MS = 30 * 60_000;

/**
 * The stagings of this core, by token. A staging lives only as long as the session that made it:
 * log-out, lock, auto-lock or an admin ending the session makes it unreachable, and it is swept on
 * the next import call — so held rows (personal data) do not outlive the person's session.
 */
export class StagingTable {
  private readonly byToken = new Map<string, Staging>();

  create(staging: Omit<Staging, 'token'>, sessions: Pick<SessionTable, 'get'>, now: number): Staging {
    this.sweep(sessions, now);
    const made: Staging = { ...staging, token: crypto.randomBytes(24).toString('base64url') };
    this.byToken.set(made.token, made);
    return made;
  }

  /** The caller's own staging; another session's token is answered as unknown (it reveals nothing). */
  own(token: string, sessionToken: string, sessions: Pick<SessionTable, 'get'>, now: number): Staging {
    this.sweep(sessions, now);
    const staging = this.byToken.get(token);
    if (!staging || staging.sessionToken !== sessionToken) throw new AppError('NOT_FOUND');
    staging.touchedAt = now;
    return staging;
  }

  remove(token: string): void {
    this.byToken.delete(token);
  }

  get size(): number {
    return this.byToken.size;
  }

  private sweep(sessions: Pick<SessionTable, 'get'>, now: number): void {
    for (const [token, s] of this.byToken) {
      if (!sessions.get(s.sessionToken) || now - s.touchedAt > MAX_IDLE_MS) this.byToken.delete(token);
    }
  }
}
