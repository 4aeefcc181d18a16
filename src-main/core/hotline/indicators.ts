import type { EntityManager } from 'typeorm';
import type { Indicators } from '../../contract/hotline';

/**
 * Impact indicators of the hotline for a period of the installation's calendar, aggregated in
 * SQL (never a row per person leaves this function). Follow-up counts are the current state.
 */
export async function hotlineIndicators(db: EntityManager, from: string, to: string, now: Date): Promise<Indicators> {
  const range = [from, to];
  const inRange = `c.started_on BETWEEN ? AND ?`;
  const byTopic = (await db.query(
    `SELECT substr(c.started_on, 1, 7) AS month, c.topic_id AS topicId, COUNT(*) AS count
       FROM hotline_call c WHERE ${inRange} GROUP BY month, c.topic_id ORDER BY month, c.topic_id`,
    range,
  )) as { month: string; topicId: number; count: number }[];
  const byRouting = (await db.query(
    `SELECT substr(c.started_on, 1, 7) AS month, c.routing_id AS routingId, COUNT(*) AS count
       FROM hotline_call c WHERE ${inRange} GROUP BY month, c.routing_id ORDER BY month, c.routing_id`,
    range,
  )) as { month: string; routingId: number | null; count: number }[];
  const [totals] = (await db.query(
    `SELECT COUNT(*) AS total, COALESCE(SUM(c.answered_in_call), 0) AS answered FROM hotline_call c WHERE ${inRange}`,
    range,
  )) as [{ total: number; answered: number }];
  const [followUp] = (await db.query(
    `SELECT COUNT(*) AS calls, AVG(julianday(d.first_done) - julianday(c.started_at)) AS days
       FROM hotline_call c
       JOIN (SELECT subject_id, MIN(completed_at) AS first_done FROM task
              WHERE subject_type = 'hotlineCall' AND status = 'done' GROUP BY subject_id) d ON d.subject_id = c.id
      WHERE c.answered_in_call = 0 AND ${inRange}`,
    range,
  )) as [{ calls: number; days: number | null }];
  const [tasks] = (await db.query(
    `SELECT COUNT(*) AS open, COALESCE(SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0) AS overdue
       FROM task WHERE module = 'hotline' AND status = 'open'`,
    [now.toISOString()],
  )) as [{ open: number; overdue: number }];
  const callsByChannel = (await db.query(
    `SELECT c.heard_via_id AS channelId, COUNT(*) AS calls FROM hotline_call c WHERE ${inRange} GROUP BY c.heard_via_id`,
    range,
  )) as { channelId: number | null; calls: number }[];
  const outreachByChannel = (await db.query(
    `SELECT o.channel_id AS channelId, SUM(o.count) AS outreachCount FROM hotline_outreach o
      WHERE o.date BETWEEN ? AND ? GROUP BY o.channel_id`,
    range,
  )) as { channelId: number; outreachCount: number }[];

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
