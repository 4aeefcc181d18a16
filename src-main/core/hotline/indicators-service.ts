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

  // One pass over the period's calls, grouped by every dimension at once (a few thousand groups at
  // most); the per-topic, per-routing, per-channel and total counts are summed from those groups.
  const groups = (
    await callsInPeriod()
      .select(month, 'month')
      .addSelect('c.topicId', 'topicId')
      .addSelect('c.routingId', 'routingId')
      .addSelect('c.heardViaId', 'channelId')
      .addSelect('c.answeredInCall', 'answered')
      .addSelect('COUNT(*)', 'count')
      .groupBy(month)
      .addGroupBy('c.topicId')
      .addGroupBy('c.routingId')
      .addGroupBy('c.heardViaId')
      .addGroupBy('c.answeredInCall')
      .getRawMany<{ month: string; topicId: number; routingId: number | null; channelId: number | null; answered: number | boolean; count: number }>()
  ).map((g) => ({ ...g, count: Number(g.count) }));
  const sumBy = <K extends string | number | null>(key: (g: (typeof groups)[number]) => K) => {
    const sums = new Map<K, number>();
    for (const g of groups) sums.set(key(g), (sums.get(key(g)) ?? 0) + g.count);
    return sums;
  };
  // As SQL orders them: month, then the id with "none" (null) first.
  const byId = (x: number | null, y: number | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x - y);
  const perMonth = <F extends 'topicId' | 'routingId'>(field: F) =>
    [...sumBy((g) => `${g.month}|${g[field] ?? ''}`)].map(([key, count]) => {
      const [m, id] = String(key).split('|') as [string, string];
      return { month: m, [field]: id === '' ? null : Number(id), count } as { month: string; count: number } & Record<F, number | null>;
    });
  const byTopic = perMonth('topicId').sort((x, y) => x.month.localeCompare(y.month) || byId(x.topicId, y.topicId)) as { month: string; topicId: number; count: number }[];
  const byRouting = perMonth('routingId').sort((x, y) => x.month.localeCompare(y.month) || byId(x.routingId, y.routingId));
  const totals = { total: groups.reduce((n, g) => n + g.count, 0), answered: groups.reduce((n, g) => n + (Number(g.answered) ? g.count : 0), 0) };
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
  const callsByChannel = [...sumBy((g) => g.channelId)].map(([channelId, calls]) => ({ channelId, calls })).sort((x, y) => byId(x.channelId, y.channelId));
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
