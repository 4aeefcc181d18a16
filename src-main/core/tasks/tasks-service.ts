import type { EntityManager } from 'typeorm';
import { TASK_PAGE_SIZE, type ModuleId, type TaskView } from '../../contract';
import { AppError } from '../errors';
import { displayNames } from '../users/display-names';
import { TaskEntity, type Task } from './task.entity';

export interface NewTask {
  module: ModuleId;
  kind: string;
  title: string;
  subject: { type: string; id: number };
  ownerUserId: number | null;
  dueAt: Date;
}

const tasks = (db: EntityManager) => db.getRepository(TaskEntity);

/** Modules create their reminders here, inside the transaction of the change that causes them. */
export async function createTask(db: EntityManager, input: NewTask, actorId: number, now: Date): Promise<Task> {
  return tasks(db).save({
    module: input.module,
    kind: input.kind,
    title: input.title,
    subjectType: input.subject.type,
    subjectId: input.subject.id,
    ownerUserId: input.ownerUserId,
    dueAt: input.dueAt.toISOString(),
    status: 'open',
    createdAt: now.toISOString(),
    createdBy: actorId,
    completedAt: null,
    completedBy: null,
    outcome: null,
  });
}

export function isOverdue(task: Pick<Task, 'status' | 'dueAt'>, now: Date): boolean {
  return task.status === 'open' && Date.parse(task.dueAt) < now.getTime();
}

export async function completeTask(db: EntityManager, id: number, outcome: string | null, actorId: number, now: Date): Promise<Task> {
  const task = await tasks(db).findOneBy({ id });
  if (!task) throw new AppError('NOT_FOUND');
  if (task.status !== 'open') throw new AppError('CONFLICT', 'task is not open');
  await tasks(db).update({ id }, { status: 'done', completedAt: now.toISOString(), completedBy: actorId, outcome });
  return (await tasks(db).findOneBy({ id }))!;
}

/** When the subject is closed or withdrawn, its open reminders go with it. */
export async function cancelOpenTasks(db: EntityManager, subject: { type: string; id: number }, kind?: string): Promise<number> {
  const result = await tasks(db).update(
    { subjectType: subject.type, subjectId: subject.id, status: 'open', ...(kind ? { kind } : {}) },
    { status: 'cancelled' },
  );
  return result.affected ?? 0;
}

export async function tasksForSubject(db: EntityManager, subject: { type: string; id: number }): Promise<Task[]> {
  return tasks(db).find({ where: { subjectType: subject.type, subjectId: subject.id }, order: { dueAt: 'ASC' } });
}

/**
 * A page of the open tasks of the given modules that belong to the user or (optionally) to
 * nobody, by due date — overdue ones come first by themselves — counted in SQL. A start page
 * never carries more than one page, however many tasks a region has.
 */
export async function openTasksFor(
  db: EntityManager,
  userId: number,
  modules: readonly ModuleId[],
  includeUnassigned: boolean,
  page: { offset: number; now: Date },
): Promise<{ rows: Task[]; total: number; overdue: number }> {
  if (modules.length === 0) return { rows: [], total: 0, overdue: 0 };
  const open = () =>
    tasks(db)
      .createQueryBuilder('t')
      .where('t.status = :open', { open: 'open' })
      .andWhere('t.module IN (:...modules)', { modules })
      .andWhere(includeUnassigned ? '(t.ownerUserId = :userId OR t.ownerUserId IS NULL)' : 't.ownerUserId = :userId', { userId });
  const counts = (await open()
    .select('COUNT(*)', 'total')
    .addSelect('COALESCE(SUM(CASE WHEN t.dueAt < :now THEN 1 ELSE 0 END), 0)', 'overdue')
    .setParameter('now', page.now.toISOString())
    .getRawOne<{ total: number; overdue: number }>())!;
  const rows = await open().orderBy('t.dueAt', 'ASC').addOrderBy('t.id', 'ASC').offset(page.offset).limit(TASK_PAGE_SIZE).getMany();
  return { rows, total: Number(counts.total), overdue: Number(counts.overdue) };
}

export async function toTaskViews(db: EntityManager, list: Task[], now: Date): Promise<TaskView[]> {
  const names = await displayNames(db, list.map((t) => t.ownerUserId));
  return list.map((t) => ({
    id: t.id,
    module: t.module,
    kind: t.kind,
    title: t.title,
    subject: { type: t.subjectType, id: t.subjectId },
    ownerUserId: t.ownerUserId,
    ownerName: t.ownerUserId === null ? null : (names.get(t.ownerUserId) ?? null),
    dueAt: t.dueAt,
    status: t.status,
    overdue: isOverdue(t, now),
    completedAt: t.completedAt,
    outcome: t.outcome,
  }));
}
