import { modulesForRoles, TASK_PAGE_SIZE } from '../../contract';
import { AppError } from '../errors';
import type { Handler } from '../router/context';
import { readEnabledModules } from '../settings/installation';
import { TaskEntity } from '../tasks/task.entity';
import { handOver, openTasksOf, teamOverview } from '../tasks/team-service';
import { completeTask, openTasksFor, toTaskViews } from '../tasks/tasks-service';

export const tasksHandlers: {
  'tasks.mine': Handler<'tasks.mine'>;
  'tasks.team': Handler<'tasks.team'>;
  'tasks.ofPerson': Handler<'tasks.ofPerson'>;
  'tasks.handOver': Handler<'tasks.handOver'>;
  'tasks.complete': Handler<'tasks.complete'>;
} = {
  'tasks.mine': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const modules = modulesForRoles(actor.roles, await readEnabledModules(db));
    const now = ctx.clock.now();
    const page = await openTasksFor(db, actor.id, modules, input.includeUnassigned, { offset: input.offset, now });
    const rows = await toTaskViews(db, page.rows, now);
    await audit({ action: 'list', entity: 'task', details: { scope: 'mine', count: rows.length, total: page.total } });
    return { rows, total: page.total, overdue: page.overdue, offset: input.offset, pageSize: TASK_PAGE_SIZE };
  },

  'tasks.team': async (_input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const enabled = await readEnabledModules(db);
    const overview = await teamOverview(db, modulesForRoles(actor.roles, enabled), enabled, ctx.clock.now());
    await audit({ action: 'list', entity: 'task', details: { scope: 'team', people: overview.members.length } });
    return overview;
  },

  'tasks.ofPerson': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const modules = modulesForRoles(actor.roles, await readEnabledModules(db));
    const page = await openTasksOf(db, input.userId, modules, input.offset, ctx.clock.now());
    await audit({ action: 'list', entity: 'task', details: { scope: 'person', ownerUserId: input.userId, count: page.rows.length, total: page.total } });
    return page;
  },

  'tasks.handOver': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { from } = await handOver(db, input.id, input.toUserId, actor, await readEnabledModules(db));
    await audit({ action: 'update', entity: 'task', entityId: input.id, details: { changed: ['ownerUserId'], from, to: input.toUserId } });
    const task = await db.getRepository(TaskEntity).findOneByOrFail({ id: input.id });
    return (await toTaskViews(db, [task], ctx.clock.now()))[0]!;
  },

  'tasks.complete': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const task = await db.getRepository(TaskEntity).findOneBy({ id: input.id });
    const modules = modulesForRoles(actor.roles, await readEnabledModules(db));
    if (!task) throw new AppError('NOT_FOUND');
    if (!modules.includes(task.module)) throw new AppError('FORBIDDEN');
    const done = await completeTask(db, task.id, input.outcome ?? null, actor.id, ctx.clock.now());
    await audit({ action: 'update', entity: 'task', entityId: task.id, details: { status: 'done' } });
    return (await toTaskViews(db, [done], ctx.clock.now()))[0]!;
  },
};
