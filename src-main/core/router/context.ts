import type { EntityManager } from 'typeorm';
import type { ChannelName, OutputOf, ParsedInputOf } from '../../contract';
import type { AuditRecord } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { SessionManager } from '../session/session-manager';
import type { User } from '../users/user.entity';

/** What every handler gets. */
export interface CallContext {
  session: SessionManager;
  clock: Clock;
  /** The signed-in part; throws NOT_AUTHENTICATED for calls made without a session. */
  signedIn(): SignedInContext;
}

/** For calls that need a session: the call's transaction, the acting user, their audit writer. */
export interface SignedInContext {
  db: EntityManager;
  actor: User;
  audit(record: Omit<AuditRecord, 'userId'>): Promise<void>;
}

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>, ctx: CallContext) => Promise<OutputOf<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };
