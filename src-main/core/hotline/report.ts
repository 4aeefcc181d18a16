import type { TaxonomyEntry } from '../../contract/hotline';
import { reportMeasureKey, type ReportLabel } from '../../contract/reports';
import type { RawRow, ReportBuilder } from '../reports/raw-report';
import { hotlineIndicators } from './indicators-service';
import { listTaxonomy } from './taxonomy-service';

/** A taxonomy entry as a report names it: seeded entries by their translated key, admins' by their labels. */
function entryLabel(entry: TaxonomyEntry | undefined, id: number): ReportLabel {
  if (entry?.key) return { key: `hotline:tax.${entry.key.replaceAll('.', '_')}` };
  if (entry?.labels) return { text: entry.labels };
  return { text: { de: `#${id}` } };
}

/**
 * The hotline's council report for one period, made from its indicators (indicators-service.ts,
 * which stays the one place the hotline counts): calls by topic, routing and outreach channel,
 * the share answered within the call, days to the first completed follow-up, open and overdue
 * follow-ups (the current state, so unknown for the period before).
 */
export const hotlineReport: ReportBuilder = async (db, period, { now, previous }) => {
  const indicators = await hotlineIndicators(db, period.from, period.to, now);
  const taxonomy = new Map((await listTaxonomy(db)).map((e) => [e.id, e]));
  const sumBy = (rows: { key: number | null; count: number }[]) => {
    const sums = new Map<number | null, number>();
    for (const r of rows) sums.set(r.key, (sums.get(r.key) ?? 0) + r.count);
    return [...sums.entries()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  };
  const row = (id: number | null, value: number, none: 'notRouted' | 'unknownChannel'): RawRow => ({
    key: id === null ? 'none' : String(id),
    label: id === null ? { key: reportMeasureKey(none) } : entryLabel(taxonomy.get(id), id),
    unit: 'count',
    value,
  });
  const count = (key: Parameters<typeof reportMeasureKey>[0], value: number | null): RawRow => ({ key, label: { key: reportMeasureKey(key) }, unit: 'count', value });
  const total = indicators.totalCalls;
  return [
    {
      id: 'hotlineSummary',
      kind: 'measures',
      rows: [
        count('calls', total),
        count('answeredInCall', indicators.answeredInCall),
        {
          key: 'answeredInCallShare',
          label: { key: reportMeasureKey('answeredInCallShare') },
          unit: 'percent',
          value: total === 0 ? null : Math.round((indicators.answeredInCall / total) * 100),
          base: total,
        },
        count('followedUp', indicators.followedUp),
        { key: 'daysToFollowUp', label: { key: reportMeasureKey('daysToFollowUp') }, unit: 'days', value: indicators.averageDaysToFollowUp, base: indicators.followedUp },
        count('openFollowUps', previous ? null : indicators.openFollowUps),
        count('overdueFollowUps', previous ? null : indicators.overdueFollowUps),
      ],
    },
    {
      id: 'callsByTopic',
      kind: 'breakdown',
      totalRow: 'calls',
      rows: sumBy(indicators.callsByMonthTopic.map((r) => ({ key: r.topicId, count: r.count }))).map(([id, n]) => row(id, n, 'notRouted')),
    },
    {
      id: 'callsByRouting',
      kind: 'breakdown',
      totalRow: 'calls',
      rows: sumBy(indicators.callsByMonthRouting.map((r) => ({ key: r.routingId, count: r.count }))).map(([id, n]) => row(id, n, 'notRouted')),
    },
    {
      id: 'callsByChannel',
      kind: 'breakdown',
      totalRow: 'calls',
      rows: indicators.callsByChannel.filter((c) => c.calls > 0).map((c) => row(c.channelId, c.calls, 'unknownChannel')),
    },
    {
      // Flyers and posters handed out count no people: published as they are.
      id: 'outreachByChannel',
      kind: 'measures',
      rows: indicators.callsByChannel
        .filter((c) => c.outreachCount > 0)
        .map((c) => ({ ...row(c.channelId, c.outreachCount, 'unknownChannel'), notPeople: true })),
    },
  ];
};
