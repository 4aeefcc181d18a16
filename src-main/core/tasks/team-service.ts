import { In, type EntityManager } from 'typeorm';
import { modulesForRoles, TASK_PAGE_SIZE, type ModuleId, type TaskView, type TeamOverview } from '../../contract';
import { AppError } from '../errors';
import { UserEntity, type User } from '../users/user.entity';
import { TaskEntity } from './task.entity';
import { toTaskViews } from './tasks-service';

/**
 * The team's share of the work: who holds how many open and overdue tasks in the modules the
 * caller serves, and handing a task over to a colleague (a deputy on a sick day, a call-back
 * the next shift takes). Counting happens in SQL, never by loading every task.
 */
export async function teamOverview(db: EntityManager, modules: readonly ModuleId[], enabled: readonly ModuleId[], now: Date): Promise<TeamOverview> {
  const colleagues = await colleaguesIn(db, modules, enabled);
  if (modules.length === 0) return { members: [], colleagues };
  // Grouped by module and owner, the order of the open-task index (module, status, owner, due), and
  // summed per owner here: grouped by owner alone across modules, SQLite sorted every open task
  // first (~30,000 at regional scale: 13.5 ms against 5.8).
  const perModule = (await db
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .select('t.module', 'module')
    .addSelect('t.ownerUserId', 'userId')
    .addSelect('COUNT(*)', 'open')
    .addSelect('SUM(CASE WHEN t.dueAt < :now THEN 1 ELSE 0 END)', 'overdue')
    .where('t.status = :open', { open: 'open' })
    .andWhere('t.module IN (:...modules)', { modules })
    .setParameter('now', now.toISOString())
    .groupBy('t.module')
    .addGroupBy('t.ownerUserId')
    .getRawMany()) as { userId: number | null; open: number; overdue: number }[];
  const byOwner = new Map<number | null, { userId: number | null; open: number; overdue: number }>();
  for (const r of perModule) {
    const sum = byOwner.get(r.userId) ?? { userId: r.userId, open: 0, overdue: 0 };
    sum.open += Number(r.open);
    sum.overdue += Number(r.overdue);
    byOwner.set(r.userId, sum);
  }
  const rows = [...byOwner.values()];
  const owners = await db.getRepository(UserEntity).find({ where: { id: In(rows.map((r) => r.userId).filter((id): id is number => id !== null)) } });
  const nameOf = new Map(owners.map((u) => [u.id, u.displayName]));
  const members = rows
    .map((r) => ({ userId: r.userId, displayName: r.userId === null ? null : (nameOf.get(r.userId) ?? null), open: Number(r.open), overdue: Number(r.overdue) }))
    // Colleagues without open tasks are listed too, so a hand-over target is always visible.
    .concat(colleagues.filter((c) => !rows.some((r) => r.userId === c.userId)).map((c) => ({ userId: c.userId, displayName: c.displayName, open: 0, overdue: 0 })));
  members.sort((a, b) => b.overdue - a.overdue || b.open - a.open || (a.displayName ?? '').localeCompare(b.displayName ?? ''));
  return { members, colleagues };
}

async function colleaguesIn(db: EntityManager, modules: readonly ModuleId[], enabled: readonly ModuleId[]): Promise<TeamOverview['colleagues']> {
  const users = await db.getRepository(UserEntity).find({ where: { active: true }, order: { displayName: 'ASC' } });
  return users
    .map((u) => ({ userId: u.id, displayName: u.displayName, modules: modulesForRoles(u.roles, enabled).filter((m) => modules.includes(m)) }))
    .filter((c) => c.modules.length > 0);
}

/** A page of one person's (or nobody's) open tasks in the given modules, overdue first. */
export async function openTasksOf(
  db: EntityManager,
  ownerId: number | null,
  modules: readonly ModuleId[],
  offset: number,
  now: Date,
): Promise<{ rows: TaskView[]; total: number }> {
  if (modules.length === 0) return { rows: [], total: 0 };
  const query = db
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .where('t.status = :open', { open: 'open' })
    .andWhere('t.module IN (:...modules)', { modules })
    .andWhere(ownerId === null ? 't.ownerUserId IS NULL' : 't.ownerUserId = :ownerId', { ownerId })
    .orderBy('t.dueAt', 'ASC')
    .addOrderBy('t.id', 'ASC');
  const [list, total] = await query.skip(offset).take(TASK_PAGE_SIZE).getManyAndCount();
  return { rows: await toTaskViews(db, list, now), total };
}

/** Gives a task to a colleague; refused unless they serve its module and it is still open. */
export async function handOver(db: EntityManager, taskId: number, toUserId: number, actor: User, enabled: readonly ModuleId[]): Promise<{ from: number | null }> {
  const task = await db.getRepository(TaskEntity).findOneBy({ id: taskId });
  if (!task) throw new AppError('NOT_FOUND');
  if (!modulesForRoles(actor.roles, enabled).includes(task.module)) throw new AppError('FORBIDDEN');
  if (task.status !== 'open') throw new AppError('CONFLICT', 'task is not open');
  const target = await db.getRepository(UserEntity).findOneBy({ id: toUserId });
  if (!target || !target.active || !modulesForRoles(target.roles, enabled).includes(task.module)) throw new AppError('NOT_ELIGIBLE', 'colleague does not serve this module');
  await db.getRepository(TaskEntity).update({ id: taskId }, { ownerUserId: toUserId });
  return { from: task.ownerUserId };
}
