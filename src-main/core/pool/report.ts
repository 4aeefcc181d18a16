import type { EntityManager } from 'typeorm';
import { CANCELLED_BY, REQUESTER_TYPES, SETTINGS, TOPICS, type AssignmentStatus } from '../../contract/pool';
import { reportMeasureKey } from '../../contract/reports';
import type { RawRow, ReportBuilder } from '../reports/raw-report';
import { dayAfter, type DateSpan } from '../reports/period';
import { AssignmentEntity, FeedbackEntity } from './assignment.entity';
import { RequesterEntity } from './requester.entity';

const DONE: AssignmentStatus = 'done';
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Sessions whose start lies in the period (by the installation's wall clock). */
function sessionsIn(db: EntityManager, period: DateSpan) {
  return db
    .getRepository(AssignmentEntity)
    .createQueryBuilder('a')
    .where('a.startLocal >= :from AND a.startLocal < :until', { from: period.from, until: dayAfter(period.to) });
}

/** Counts per value of one column, for sessions of one status; every listed value gets a row (zero included). */
async function countBy(db: EntityManager, period: DateSpan, status: AssignmentStatus, column: string, values: readonly string[] | null) {
  const rows = await sessionsIn(db, period)
    .andWhere('a.status = :status', { status })
    .select(column, 'value')
    .addSelect('COUNT(*)', 'count')
    .groupBy(column)
    .getRawMany<{ value: string | null; count: number }>();
  const counts = new Map(rows.map((r) => [r.value ?? '', Number(r.count)]));
  const keys = values ?? [...counts.keys()].sort();
  return keys.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/**
 * The Sprachmittlerpool's council report for one period: sessions held by language, dialect,
 * topic, requester type and setting; hours; unmet demand per language; cancellations and
 * no-shows; feedback averages and the share of sessions with feedback; interpreters active.
 * Counted in SQL; nothing leaves this function but numbers per category.
 */
export const poolReport: ReportBuilder = async (db, period) => {
  const totals = (await sessionsIn(db, period)
    .select('COUNT(*)', 'requests')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :done THEN 1 ELSE 0 END), 0)', 'held')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :done THEN COALESCE(a.actualMinutes, a.durationMinutes) ELSE 0 END), 0)', 'minutes')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :cancelled THEN 1 ELSE 0 END), 0)', 'cancelled')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :cancelled AND a.lateCancellation = :late THEN 1 ELSE 0 END), 0)', 'lateCancelled')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :noShow THEN 1 ELSE 0 END), 0)', 'noShow')
    .addSelect('COALESCE(SUM(CASE WHEN a.status = :unmet THEN 1 ELSE 0 END), 0)', 'unmet')
    .addSelect('COUNT(DISTINCT CASE WHEN a.status = :done THEN a.interpreterId END)', 'interpreters')
    .setParameters({ done: DONE, cancelled: 'cancelled', noShow: 'noShow', unmet: 'unmet', late: true })
    .getRawOne<Record<string, number>>())!;
  const feedback = (await db
    .getRepository(FeedbackEntity)
    .createQueryBuilder('f')
    .innerJoin(AssignmentEntity.options.name, 'a', 'a.id = f.assignmentId')
    .where('a.status = :done AND a.startLocal >= :from AND a.startLocal < :until', { done: DONE, from: period.from, until: dayAfter(period.to) })
    .select('COUNT(*)', 'count')
    .addSelect('AVG(f.overall)', 'overall')
    .addSelect('AVG(f.accuracy)', 'accuracy')
    .addSelect('AVG(f.role)', 'role')
    .addSelect('AVG(f.punctuality)', 'punctuality')
    .addSelect('AVG(f.confidentiality)', 'confidentiality')
    .getRawOne<Record<string, number | null>>())!;

  const held = Number(totals.held);
  const feedbackCount = Number(feedback.count);
  const count = (key: Parameters<typeof reportMeasureKey>[0], value: number): RawRow => ({ key, label: { key: reportMeasureKey(key) }, unit: 'count', value });
  const rating = (key: Parameters<typeof reportMeasureKey>[0], value: number | null): RawRow => ({
    key,
    label: { key: reportMeasureKey(key) },
    unit: 'rating',
    value: value === null ? null : round1(Number(value)),
    base: feedbackCount,
  });

  const byEnum = async (column: string, values: readonly string[], kind: string, status: AssignmentStatus = DONE) =>
    (await countBy(db, period, status, column, values)).map((r) => ({ key: r.value, label: { key: `pool:${kind}.${r.value}` }, unit: 'count' as const, value: r.count }));
  const byLanguage = async (status: AssignmentStatus) =>
    (await countBy(db, period, status, 'a.language', null)).map((r) => ({ key: r.value, label: { language: r.value }, unit: 'count' as const, value: r.count }));

  const dialectRows = await sessionsIn(db, period)
    .andWhere('a.status = :done', { done: DONE })
    .select('a.language', 'language')
    .addSelect('a.dialect', 'dialect')
    .addSelect('COUNT(*)', 'count')
    .groupBy('a.language')
    .addGroupBy('a.dialect')
    .orderBy('a.language')
    .addOrderBy('a.dialect')
    .getRawMany<{ language: string; dialect: string; count: number }>();
  const requesterRows = await sessionsIn(db, period)
    .innerJoin(RequesterEntity.options.name, 'r', 'r.id = a.requesterId')
    .andWhere('a.status = :done', { done: DONE })
    .select('r.type', 'value')
    .addSelect('COUNT(*)', 'count')
    .groupBy('r.type')
    .getRawMany<{ value: string; count: number }>();
  const perRequesterType = new Map(requesterRows.map((r) => [r.value, Number(r.count)]));

  return [
    {
      id: 'poolSummary',
      kind: 'measures',
      rows: [
        count('requests', Number(totals.requests)),
        count('held', held),
        { key: 'hours', label: { key: reportMeasureKey('hours') }, unit: 'hours', value: round1(Number(totals.minutes) / 60), base: held },
        count('cancelled', Number(totals.cancelled)),
        count('lateCancelled', Number(totals.lateCancelled)),
        count('noShow', Number(totals.noShow)),
        count('unmet', Number(totals.unmet)),
        count('activeInterpreters', Number(totals.interpreters)),
        count('feedbackCount', feedbackCount),
        { key: 'feedbackShare', label: { key: reportMeasureKey('feedbackShare') }, unit: 'percent', value: held === 0 ? null : Math.round((feedbackCount / held) * 100), base: held },
        rating('ratingOverall', feedback.overall ?? null),
        rating('ratingAccuracy', feedback.accuracy ?? null),
        rating('ratingRole', feedback.role ?? null),
        rating('ratingPunctuality', feedback.punctuality ?? null),
        rating('ratingConfidentiality', feedback.confidentiality ?? null),
      ],
    },
    { id: 'byLanguage', kind: 'breakdown', totalRow: 'held', rows: await byLanguage(DONE) },
    {
      id: 'byDialect',
      kind: 'breakdown',
      totalRow: 'held',
      rows: dialectRows.map((r) => ({ key: `${r.language}|${r.dialect}`, label: { language: r.language, dialect: r.dialect }, unit: 'count' as const, value: Number(r.count) })),
    },
    { id: 'byTopic', kind: 'breakdown', totalRow: 'held', rows: await byEnum('a.topic', TOPICS, 'topic') },
    {
      id: 'byRequesterType',
      kind: 'breakdown',
      totalRow: 'held',
      rows: REQUESTER_TYPES.map((type) => ({ key: type, label: { key: `pool:requesterType.${type}` }, unit: 'count' as const, value: perRequesterType.get(type) ?? 0 })),
    },
    { id: 'bySetting', kind: 'breakdown', totalRow: 'held', rows: await byEnum('a.setting', SETTINGS, 'setting') },
    { id: 'unmetByLanguage', kind: 'breakdown', totalRow: 'unmet', rows: await byLanguage('unmet') },
    { id: 'cancelledBy', kind: 'breakdown', totalRow: 'cancelled', rows: await byEnum('a.cancelledBy', CANCELLED_BY, 'cancelledBy', 'cancelled') },
  ];
};
