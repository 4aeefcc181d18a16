import type { EntityManager } from 'typeorm';
import type { ChannelName, OutputOf, ParsedInputOf, Result } from '../../contract';
import type { AuditRecord } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { SessionManager } from '../session/session-manager';
import type { Session } from '../session/sessions';
import type { User } from '../users/user.entity';

/** Who is calling, as the transport knows it: the session token it holds (if any) and where from. */
export interface ClientInfo {
  /** The bearer token of this client's session, or null before log-in. */
  session: string | null;
  /** For throttling: the peer's IP address, or `local` for the desktop window and the CLI. */
  address: string;
}

/**
 * What a call returns to the transport: the result for the page, and — when the call began or
 * ended this client's session — the token the transport keeps from now on (null: forget it).
 */
export interface CallOutcome {
  result: Result<unknown>;
  session?: string | null;
}

/** What every handler gets. */
export interface CallContext {
  session: SessionManager;
  clock: Clock;
  client: ClientInfo;
  /** The signed-in part; throws NOT_AUTHENTICATED for calls made without a session. */
  signedIn(): SignedInContext;
  /** Tells the transport which session this client holds from now on (log-in, log-out). */
  setClientSession(token: string | null): void;
  /**
   * Work that cannot run inside the call's transaction (VACUUM after an erasure), run once it has
   * committed, still in the router's queue. A failure there is logged; the committed call stands.
   */
  afterCommit(step: () => void): void;
}

/** For calls that need a session: the call's transaction, the acting user, their audit writer. */
export interface SignedInContext {
  db: EntityManager;
  actor: User;
  /** The caller's own session (the person at this window, tab or workstation). */
  session: Session;
  audit(record: Omit<AuditRecord, 'userId'>): Promise<void>;
}

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>, ctx: CallContext) => Promise<OutputOf<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
