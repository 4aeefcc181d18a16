import type { EntityManager } from 'typeorm';
import type { Indicators } from '../../contract/hotline';
import { daysBetween, yearMonth } from '../db/sql-dialect';
import { TaskEntity } from '../tasks/task.entity';
import { HotlineCallEntity } from './call.entity';
import { CALL_SUBJECT_TYPE } from './calls-service';
import { OutreachEntity } from './outreach.entity';

/**
 * Impact indicators of the hotline for a period of the installation's calendar, aggregated in
 * SQL (never a row per person leaves this function). Follow-up counts are the current state.
 */
export async function hotlineIndicators(db: EntityManager, from: string, to: string, now: Date): Promise<Indicators> {
  const callsInPeriod = () => db.getRepository(HotlineCallEntity).createQueryBuilder('c').where('c.startedOn BETWEEN :from AND :to', { from, to });
  const month = yearMonth('c.startedOn');

  const byTopic = await callsInPeriod()
    .select(month, 'month')
    .addSelect('c.topicId', 'topicId')
    .addSelect('COUNT(*)', 'count')
    .groupBy(month)
    .addGroupBy('c.topicId')
    .orderBy(month)
    .addOrderBy('c.topicId')
    .getRawMany<{ month: string; topicId: number; count: number }>();
  const byRouting = await callsInPeriod()
    .select(month, 'month')
    .addSelect('c.routingId', 'routingId')
    .addSelect('COUNT(*)', 'count')
    .groupBy(month)
    .addGroupBy('c.routingId')
    .orderBy(month)
    .addOrderBy('c.routingId')
    .getRawMany<{ month: string; routingId: number | null; count: number }>();
  const totals = (await callsInPeriod()
    .select('COUNT(*)', 'total')
    .addSelect('COALESCE(SUM(CASE WHEN c.answeredInCall = :answered THEN 1 ELSE 0 END), 0)', 'answered')
    .setParameter('answered', true)
    .getRawOne<{ total: number; answered: number }>())!;
  // Calls of the period not answered within the call, each with its first completed follow-up:
  // one index seek per call (task_subject_done), never a pass over every follow-up ever done.
  const firstDone = callsInPeriod()
    .andWhere('c.answeredInCall = :inCall', { inCall: false })
    .select('c.startedAt', 'started_at')
    .addSelect(
      (qb) =>
        qb
          .subQuery()
          .select('MIN(t.completedAt)')
          .from(TaskEntity, 't')
          .where('t.subjectType = :subjectType AND t.status = :done AND t.subjectId = c.id', { subjectType: CALL_SUBJECT_TYPE, done: 'done' }),
      'first_done',
    );
  const followUp = (await db
    .createQueryBuilder()
    .select('COUNT(*)', 'calls')
    .addSelect(`AVG(${daysBetween('f.first_done', 'f.started_at')})`, 'days')
    .from(`(${firstDone.getQuery()})`, 'f')
    .where('f.first_done IS NOT NULL')
    .setParameters(firstDone.getParameters())
    .getRawOne<{ calls: number; days: number | null }>())!;
  const tasks = (await db
    .getRepository(TaskEntity)
    .createQueryBuilder('t')
    .select('COUNT(*)', 'open')
    .addSelect('COALESCE(SUM(CASE WHEN t.dueAt < :now THEN 1 ELSE 0 END), 0)', 'overdue')
    .where('t.module = :module AND t.status = :open', { module: 'hotline', open: 'open', now: now.toISOString() })
    .getRawOne<{ open: number; overdue: number }>())!;
  const callsByChannel = await callsInPeriod()
    .select('c.heardViaId', 'channelId')
    .addSelect('COUNT(*)', 'calls')
    .groupBy('c.heardViaId')
    .getRawMany<{ channelId: number | null; calls: number }>();
  const outreachByChannel = await db
    .getRepository(OutreachEntity)
    .createQueryBuilder('o')
    .select('o.channelId', 'channelId')
    .addSelect('SUM(o.count)', 'outreachCount')
    .where('o.date BETWEEN :from AND :to', { from, to })
    .groupBy('o.channelId')
    .getRawMany<{ channelId: number; outreachCount: number }>();

  const channels = new Map<number | null, { channelId: number | null; calls: number; outreachCount: number }>();
  for (const r of callsByChannel) channels.set(r.channelId, { channelId: r.channelId, calls: Number(r.calls), outreachCount: 0 });
  for (const r of outreachByChannel) {
    const entry = channels.get(r.channelId) ?? { channelId: r.channelId, calls: 0, outreachCount: 0 };
    entry.outreachCount = Number(r.outreachCount);
    channels.set(r.channelId, entry);
  }
  return {
    callsByMonthTopic: byTopic.map((r) => ({ ...r, count: Number(r.count) })),
    callsByMonthRouting: byRouting.map((r) => ({ ...r, count: Number(r.count) })),
    totalCalls: Number(totals.total),
    answeredInCall: Number(totals.answered),
    followedUp: Number(followUp.calls),
    averageDaysToFollowUp: followUp.days === null ? null : Math.round(Number(followUp.days) * 10) / 10,
    openFollowUps: Number(tasks.open),
    overdueFollowUps: Number(tasks.overdue),
    callsByChannel: [...channels.values()].sort((a, b) => b.calls - a.calls || b.outreachCount - a.outreachCount),
  };
}
