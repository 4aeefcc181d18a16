import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { contract, fail, isChannelName, moduleOfChannel, ok, type ChannelName, type Result } from '../../contract';
import type { ChannelSpec } from '../../contract/channel';
import { appendAudit } from '../audit/audit-log';
import type { Clock } from '../clock';
import { AppError, fromDatabaseGuard } from '../errors';
import { createLogger } from '../log';
import type { SessionManager } from '../session/session-manager';
import type { Session } from '../session/sessions';
import { readEnabledModules } from '../settings/installation';
import { UserEntity, type User } from '../users/user.entity';
import type { CallContext, CallOutcome, ClientInfo, Handler, Handlers, SignedInContext } from './context';
import type { SerialQueue } from './serial-queue';

const log = createLogger('router');

export interface Router {
  /** The one entry point of every transport: validates, checks access, runs, returns a Result. */
  call(channel: unknown, input: unknown, client: ClientInfo): Promise<CallOutcome>;
}

interface Access {
  actor: User | null;
  session: Session | null;
}

export function createRouter(deps: { session: SessionManager; clock: Clock; handlers: Handlers; queue: SerialQueue }): Router {
  const { session: sessions, clock, handlers, queue } = deps;

  /**
   * Resolves the caller's session and checks that it may use the channel. Runs in the queue, so
   * an idle session has been ended before anyone acts through it.
   */
  async function checkAccess(channel: ChannelName, spec: ChannelSpec, client: ClientInfo): Promise<Access | Result<never>> {
    await sessions.lockIdle();
    if (spec.access.kind !== 'signedIn') return { actor: null, session: sessions.resolve(client.session) };
    const s = sessions.resolve(client.session);
    if (!s || !sessions.host.isOpen) return fail('NOT_AUTHENTICATED');
    const actor = await sessions.host.db.manager.getRepository(UserEntity).findOneBy({ id: s.userId });
    if (!actor || !actor.active) {
      await sessions.end(s.token, 'sessionEnded');
      return fail('NOT_AUTHENTICATED');
    }
    if (actor.mustChangePassword && !spec.access.duringPasswordChange) return fail('PASSWORD_CHANGE_REQUIRED');
    const required = spec.access.roles;
    if (required && !required.some((r) => actor.roles.includes(r))) return fail('FORBIDDEN');
    const module = moduleOfChannel(channel);
    if (module && !(await readEnabledModules(sessions.host.db.manager)).includes(module)) return fail('MODULE_DISABLED');
    return { actor, session: s };
  }

  async function execute(channel: ChannelName, rawInput: unknown, client: ClientInfo, outcome: CallOutcome): Promise<Result<unknown>> {
    const spec: ChannelSpec = contract[channel];
    const handler = handlers[channel] as Handler<ChannelName>;

    const run = async (access: Access): Promise<Result<unknown>> => {
      const parsed = (spec.input as z.ZodType).safeParse(rawInput === undefined ? {} : rawInput);
      if (!parsed.success) {
        return fail('INVALID_INPUT', 'input does not match the schema', {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      const afterCommit: (() => void)[] = [];
      const context = (signed: SignedInContext | null): CallContext => ({
        session: sessions,
        clock,
        client,
        signedIn: () => {
          if (!signed) throw new AppError('NOT_AUTHENTICATED');
          return signed;
        },
        setClientSession: (token) => {
          outcome.session = token;
        },
        afterCommit: (step) => {
          afterCommit.push(step);
        },
      });
      const { actor, session } = access;
      const signedIn = (db: EntityManager): SignedInContext | null =>
        actor && session ? { db, actor, session, audit: (r) => appendAudit(db, { ...r, userId: actor.id }, clock.now()) } : null;
      const value =
        spec.kind === 'write' && actor
          ? await sessions.host.db.transaction((db) => handler(parsed.data as never, context(signedIn(db))))
          : await handler(parsed.data as never, context(actor ? signedIn(sessions.host.db.manager) : null));
      for (const step of afterCommit) {
        try {
          step();
        } catch (error) {
          log.error(`work after ${channel} committed failed`, error);
        }
      }
      // Any signed-in call is activity and pushes this session's auto-lock back.
      if (session && sessions.resolve(session.token)) sessions.touch(session);
      return ok(value);
    };

    if (spec.kind === 'session' || spec.kind === 'long') {
      // Log-in, set-up, recovery, lock: their slow parts (scrypt) run outside the queue and
      // their database steps inside it (SessionManager.exclusive), so others are not held up.
      // The same for `long` calls (a backup: the copy runs between its queued steps).
      const access = await queue.run(() => checkAccess(channel, spec, client));
      if ('ok' in access) return access;
      try {
        return await run(access);
      } finally {
        // They change data in steps of their own; an empty step marked as a change has the queue's
        // after-work (the audit anchor, core.ts) done before the answer, as for any write.
        await queue.run(async () => undefined, true);
      }
    }
    return queue.run(async () => {
      const access = await checkAccess(channel, spec, client);
      return 'ok' in access ? access : run(access);
    }, spec.kind === 'write');
  }

  return {
    async call(channel, input, client) {
      const outcome: CallOutcome = { result: fail('INTERNAL') };
      if (!isChannelName(channel)) return { result: fail('UNKNOWN_CHANNEL') };
      try {
        outcome.result = await execute(channel, input, client, outcome);
      } catch (thrown) {
        const error = fromDatabaseGuard(thrown) ?? thrown;
        if (error instanceof AppError) {
          outcome.result = fail(error.code, error.message !== error.code ? error.message : undefined, error.details);
        } else {
          log.error(`unexpected failure in ${channel}`, error);
          outcome.result = fail('INTERNAL');
        }
      }
      // A caller whose session has gone (timed out, ended by an admin) forgets its token.
      if (outcome.session === undefined && client.session && !sessions.resolve(client.session)) outcome.session = null;
      return outcome;
    },
  };
}
