import type { z } from 'zod';
import { contract, fail, isChannelName, moduleOfChannel, ok, type ChannelName, type Result } from '../../contract';
import type { ChannelSpec } from '../../contract/channel';
import { appendAudit } from '../audit/audit-log';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { createLogger } from '../log';
import type { SessionManager } from '../session/session-manager';
import { readEnabledModules } from '../settings/installation';
import { UserEntity, type User } from '../users/user.entity';
import type { CallContext, Handler, Handlers, SignedInContext } from './context';
import { SerialQueue } from './serial-queue';

const log = createLogger('router');

export interface Router {
  /** The one entry point of every transport: validates, checks access, runs, returns a Result. */
  call(channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** Runs maintenance (auto-lock) in the same queue as calls. */
  enqueue<T>(task: () => Promise<T>): Promise<T>;
}

export function createRouter(deps: { session: SessionManager; clock: Clock; handlers: Handlers }): Router {
  const { session, clock, handlers } = deps;
  const queue = new SerialQueue();

  async function execute(channel: ChannelName, rawInput: unknown): Promise<Result<unknown>> {
    const spec: ChannelSpec = contract[channel];
    await session.lockIfIdle();

    let actor: User | null = null;
    if (spec.access.kind === 'signedIn') {
      const s = session.unlocked;
      if (!s) return fail('NOT_AUTHENTICATED');
      actor = await s.db.manager.getRepository(UserEntity).findOneBy({ id: s.userId });
      if (!actor || !actor.active) {
        await session.close('lock');
        return fail('NOT_AUTHENTICATED');
      }
      if (actor.mustChangePassword && !spec.access.duringPasswordChange) return fail('PASSWORD_CHANGE_REQUIRED');
      const required = spec.access.roles;
      if (required && !required.some((r) => actor!.roles.includes(r))) return fail('FORBIDDEN');
      const module = moduleOfChannel(channel);
      if (module && !(await readEnabledModules(s.db.manager)).includes(module)) return fail('MODULE_DISABLED');
    }

    const parsed = (spec.input as z.ZodType).safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return fail('INVALID_INPUT', 'input does not match the schema', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }

    const handler = handlers[channel] as Handler<ChannelName>;
    const baseContext = (signed: SignedInContext | null): CallContext => ({
      session,
      clock,
      signedIn: () => {
        if (!signed) throw new AppError('NOT_AUTHENTICATED');
        return signed;
      },
    });

    const s = session.unlocked;
    let value: unknown;
    if (actor && s && spec.kind !== 'session') {
      const who = actor;
      value = await s.db.transaction(async (db) =>
        handler(parsed.data as never, baseContext({
          db,
          actor: who,
          audit: (record) => appendAudit(db, { ...record, userId: who.id }, clock.now()),
        })),
      );
    } else {
      const signed: SignedInContext | null =
        actor && s
          ? { db: s.db.manager, actor, audit: (r) => appendAudit(s.db.manager, { ...r, userId: actor!.id }, clock.now()) }
          : null;
      value = await handler(parsed.data as never, baseContext(signed));
    }
    // Any signed-in call is activity and pushes the auto-lock back.
    if (actor && session.unlocked) session.touch();
    return ok(value);
  }

  return {
    call(channel, input) {
      if (!isChannelName(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL'));
      return queue.run(async () => {
        try {
          return await execute(channel, input);
        } catch (error) {
          if (error instanceof AppError) {
            return fail(error.code, error.message !== error.code ? error.message : undefined, error.details);
          }
          log.error(`unexpected failure in ${channel}`, error);
          return fail('INTERNAL');
        }
      });
    },
    enqueue: (task) => queue.run(task),
  };
}
