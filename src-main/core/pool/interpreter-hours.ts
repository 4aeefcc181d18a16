import type { EntityManager } from 'typeorm';
import type { InterpreterHours } from '../../contract/pool';
import { AppError } from '../errors';
import { toLocalDate } from '../time/local-time';
import { AssignmentEntity } from './assignment.entity';
import { InterpreterEntity } from './interpreter.entity';

/**
 * Hours of one interpreter this month and this year (Rheine's calendar): done sessions only,
 * each with its actual minutes, else the booked duration (as the fee statement counts them).
 */
export async function interpreterHours(db: EntityManager, interpreterId: number, now: Date): Promise<InterpreterHours> {
  if (!(await db.getRepository(InterpreterEntity).existsBy({ id: interpreterId }))) throw new AppError('NOT_FOUND');
  const today = toLocalDate(now);
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const done = await db
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .select(['a.startLocal', 'a.durationMinutes', 'a.actualMinutes'])
    .where('a.interpreterId = :interpreterId', { interpreterId })
    .andWhere('a.status = :done', { done: 'done' })
    .andWhere('a.startLocal >= :from AND a.startLocal < :to', { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` })
    .getMany();
  const minutes = (a: { actualMinutes: number | null; durationMinutes: number }) => a.actualMinutes ?? a.durationMinutes;
  const inMonth = done.filter((a) => a.startLocal.startsWith(month));
  return {
    month,
    year,
    monthMinutes: inMonth.reduce((sum, a) => sum + minutes(a), 0),
    monthSessions: inMonth.length,
    yearMinutes: done.reduce((sum, a) => sum + minutes(a), 0),
    yearSessions: done.length,
  };
}
