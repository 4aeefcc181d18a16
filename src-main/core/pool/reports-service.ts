import { addMonths, format, parseISO } from 'date-fns';
import { In, type EntityManager } from 'typeorm';
import { CALENDAR_WEEK_MAX, MISSING_FEEDBACK_COUNT_BOUND, MISSING_FEEDBACK_MAX, UPCOMING_MAX, type AssignmentStatus, type AssignmentSummary, type FeeStatement, type PoolSettings, type QualityRow, type UnmetDemandRow } from '../../contract/pool';
import { addLocalDays } from '../time/local-time';
import { summariesOf } from './assignment-views';
import { AssignmentEntity, FeedbackEntity, type Assignment } from './assignment.entity';
import { ratesFor, sessionFee } from './fees';
import { InterpreterEntity, InterpreterItemEntity } from './interpreter.entity';
import { countWithoutRestricted, withoutRestricted } from '../privacy/restriction';

const assignments = (db: EntityManager) => db.getRepository(AssignmentEntity);

/** Interpreters with a paid or payable assignment in the month (for the month's workbook), by name. */
export async function interpretersPaidIn(db: EntityManager, month: string): Promise<number[]> {
  const from = `${month}-01`;
  const to = format(addMonths(parseISO(from), 1), 'yyyy-MM-dd');
  const rows = await assignments(db)
    .createQueryBuilder('a')
    .select('a.interpreterId', 'id')
    .distinct(true)
    .where('a.status IN (:...paid)', { paid: ['done', 'cancelled', 'noShow'] satisfies AssignmentStatus[] })
    .andWhere('a.startLocal >= :from AND a.startLocal < :to', { from, to })
    .andWhere('a.interpreterId IS NOT NULL')
    .getRawMany<{ id: number }>();
  // A month has at most a few dozen interpreters: sorting their names here is cheap.
  const people = await db.getRepository(InterpreterEntity).findBy({ id: In(rows.map((r) => Number(r.id))) });
  return people.sort((x, y) => x.nameLatin.localeCompare(y.nameLatin, 'de')).map((i) => i.id);
}

/** Fee statement (Honorarabrechnung) of one interpreter for one month, in cents. */
export async function feeStatement(db: EntityManager, interpreterId: number, month: string, settings: PoolSettings): Promise<FeeStatement | null> {
  const interpreter = await db.getRepository(InterpreterEntity).findOneBy({ id: interpreterId });
  if (!interpreter) return null;
  const from = `${month}-01`;
  const to = format(addMonths(parseISO(from), 1), 'yyyy-MM-dd');
  const rows = await assignments(db)
    .createQueryBuilder('a')
    .where('a.interpreterId = :id', { id: interpreterId })
    .andWhere('a.status IN (:...paid)', { paid: ['done', 'cancelled', 'noShow'] satisfies AssignmentStatus[] })
    .andWhere('a.startLocal >= :from AND a.startLocal < :to', { from, to })
    .orderBy('a.startLocal', 'ASC')
    .getMany();
  const rates = ratesFor(interpreter, settings);
  const lines = rows
    .map((a) => ({ a, fee: sessionFee(a, rates) }))
    .filter(({ fee }) => fee.payable)
    .map(({ a, fee }) => ({
      assignmentId: a.id,
      start: a.startLocal,
      status: a.status,
      minutes: fee.minutes,
      timeCents: fee.timeCents,
      travelKm: fee.travelKm,
      travelCents: fee.travelCents,
      lateCancellation: a.lateCancellation,
      totalCents: fee.timeCents + fee.travelCents,
    }));
  const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((total, l) => total + pick(l), 0);
  return {
    interpreterId,
    nameNative: interpreter.nameNative,
    nameLatin: interpreter.nameLatin,
    month,
    lines,
    totals: {
      minutes: sum((l) => l.minutes),
      timeCents: sum((l) => l.timeCents),
      travelKm: sum((l) => l.travelKm),
      travelCents: sum((l) => l.travelCents),
      cancellationCents: sum((l) => (l.status === 'done' ? 0 : l.timeCents)),
      totalCents: sum((l) => l.totalCents),
    },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Quality view: averages per interpreter, trend of the overall rating, open supervision wishes. */
export async function quality(db: EntityManager, settings: PoolSettings): Promise<QualityRow[]> {
  const interpreters = await db.getRepository(InterpreterEntity).find({ where: { status: In(['active', 'paused']) }, order: { nameLatin: 'ASC' } });
  const ids = interpreters.map((i) => i.id);
  if (ids.length === 0) return [];
  const aggregates = await db
    .getRepository(FeedbackEntity)
    .createQueryBuilder('f')
    .select('f.interpreterId', 'id')
    .addSelect('COUNT(*)', 'count')
    .addSelect('AVG(f.accuracy)', 'accuracy')
    .addSelect('AVG(f.role)', 'role')
    .addSelect('AVG(f.punctuality)', 'punctuality')
    .addSelect('AVG(f.confidentiality)', 'confidentiality')
    .addSelect('AVG(f.overall)', 'overall')
    .where('f.interpreterId IN (:...ids)', { ids })
    .groupBy('f.interpreterId')
    .getRawMany<Record<string, number>>();
  const byId = new Map(aggregates.map((a) => [Number(a.id), a]));
  // The ten latest overall ratings of every interpreter in one statement (no query per person):
  // each one's ten are an index range read backwards, not a ranking of every feedback.
  const people = () => db.getRepository(InterpreterEntity).createQueryBuilder('i').where('i.id IN (:...ids)', { ids });
  const recentRows = await people()
    .innerJoin(
      FeedbackEntity.options.name,
      'f',
      `f.assignmentId IN ${people()
        .subQuery()
        .select('f2.assignmentId')
        .from(FeedbackEntity, 'f2')
        .where('f2.interpreterId = i.id')
        .orderBy('f2.sessionDate', 'DESC')
        .addOrderBy('f2.assignmentId', 'DESC')
        .limit(10)
        .getQuery()}`,
    )
    .select('i.id', 'id')
    .addSelect('f.overall', 'overall')
    .orderBy('i.id')
    .addOrderBy('f.sessionDate', 'DESC')
    .addOrderBy('f.assignmentId', 'DESC')
    .getRawMany<{ id: number; overall: number }>();
  const recentOf = new Map<number, { overall: number }[]>();
  for (const r of recentRows) recentOf.set(Number(r.id), [...(recentOf.get(Number(r.id)) ?? []), { overall: Number(r.overall) }]);
  // A wish is open until a supervision is attended after the session it was voiced for: per
  // interpreter an index range from their last supervision on.
  const wishRows = await people()
    .select('i.id', 'id')
    .addSelect((qb) => {
      const lastSupervision = qb
        .subQuery()
        .select('MAX(s.dateFrom)')
        .from(InterpreterItemEntity, 's')
        .where(`s.interpreterId = i.id AND s.kind = :supervision AND s.dateFrom <> ''`)
        .getQuery();
      return qb
        .subQuery()
        .select('COUNT(*)')
        .from(FeedbackEntity, 'f')
        .where('f.interpreterId = i.id AND f.supervisionWish = :wish')
        .andWhere(`f.sessionDate >= COALESCE(${lastSupervision}, '')`);
    }, 'wishes')
    .setParameters({ wish: true, supervision: 'supervision' })
    .getRawMany<{ id: number; wishes: number }>();
  const wishesOf = new Map(wishRows.map((w) => [Number(w.id), Number(w.wishes)]));
  const avg = (list: { overall: number }[]) => list.reduce((s, f) => s + f.overall, 0) / list.length;
  const rows: QualityRow[] = [];
  for (const i of interpreters) {
    const a = byId.get(i.id);
    const recent = recentOf.get(i.id) ?? [];
    const trend = recent.length >= 10 ? round1(avg(recent.slice(0, 5)) - avg(recent.slice(5))) : null;
    const openWishes = wishesOf.get(i.id) ?? 0;
    const averages = a
      ? {
          accuracy: round1(Number(a.accuracy)),
          role: round1(Number(a.role)),
          punctuality: round1(Number(a.punctuality)),
          confidentiality: round1(Number(a.confidentiality)),
          overall: round1(Number(a.overall)),
        }
      : null;
    const recentOverall = recent.length > 0 ? avg(recent.slice(0, 5)) : null;
    rows.push({
      interpreterId: i.id,
      nameNative: i.nameNative,
      nameLatin: i.nameLatin,
      count: a ? Number(a.count) : 0,
      averages,
      trend,
      lowRating: recentOverall !== null && recentOverall < settings.lowRatingThreshold,
      openSupervisionWishes: openWishes,
    });
  }
  return rows;
}

/**
 * Done assignments without feedback, newest first: at most the list's limit (by index), and how
 * many there are — counted up to a bound, since counting every one of a regional pool's thousands
 * cost more than the list itself; beyond the bound the answer says "more than".
 */
export async function missingFeedback(db: EntityManager): Promise<{ rows: AssignmentSummary[]; total: number; totalIsLowerBound: boolean }> {
  const without = () =>
    withoutRestricted(
      assignments(db)
        .createQueryBuilder('a')
        .leftJoin(FeedbackEntity.options.name, 'f', 'f.assignmentId = a.id')
        .where('a.status = :done AND f.assignmentId IS NULL', { done: 'done' }),
      'a',
      'poolAssignment',
    );
  // limit, not take: take with a join makes TypeORM first select distinct ids in a query of its own;
  // here the join keeps only sessions without feedback, so it cannot repeat a row.
  const rows = await summariesOf(without().orderBy('a.startLocal', 'DESC').addOrderBy('a.id', 'DESC').limit(MISSING_FEEDBACK_MAX));
  // Counted newest first, where sessions still lack feedback: in index order from the oldest, SQLite
  // stepped over far more sessions with feedback before it found the bound's worth (5.7 → 3.6 ms).
  const upTo = without().select('1').orderBy('a.startLocal', 'DESC').limit(MISSING_FEEDBACK_COUNT_BOUND + 1);
  const counted = await db
    .createQueryBuilder()
    .select('COUNT(*)', 'n')
    .from(`(${upTo.getQuery()})`, 'bounded')
    .setParameters(upTo.getParameters())
    .getRawOne<{ n: number }>();
  const n = Number(counted?.n ?? 0);
  return n > MISSING_FEEDBACK_COUNT_BOUND ? { rows, total: MISSING_FEEDBACK_COUNT_BOUND, totalIsLowerBound: true } : { rows, total: n, totalIsLowerBound: false };
}

export async function unmetDemand(db: EntityManager): Promise<UnmetDemandRow[]> {
  const rows = await assignments(db)
    .createQueryBuilder('a')
    .select('a.language', 'language')
    .addSelect('COUNT(*)', 'count')
    .where('a.status = :unmet', { unmet: 'unmet' })
    .groupBy('a.language')
    .orderBy('count', 'DESC')
    .getRawMany<{ language: string; count: number }>();
  return rows.map((r) => ({ language: r.language, count: Number(r.count) }));
}

/** A week's sessions that are planned or held, for the pool or one interpreter: at most the plan's limit, with how many there are. */
export async function week(db: EntityManager, weekStart: string, interpreterId: number | null): Promise<{ rows: AssignmentSummary[]; total: number }> {
  const q = assignments(db)
    .createQueryBuilder('a')
    .where('a.startLocal >= :from AND a.startLocal < :to', { from: weekStart, to: addLocalDays(weekStart, 7) })
    .andWhere('a.status IN (:...shown)', { shown: ['requested', 'proposed', 'confirmed', 'done', 'noShow'] satisfies AssignmentStatus[] })
    .orderBy('a.startLocal', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .limit(CALENDAR_WEEK_MAX);
  if (interpreterId !== null) q.andWhere('a.interpreterId = :id', { id: interpreterId });
  const total = await countWithoutRestricted(q, 'a', 'poolAssignment');
  const rows = await summariesOf(withoutRestricted(q, 'a', 'poolAssignment'));
  return { rows, total };
}

/** Today's and tomorrow's assignments still to serve or just served (not cancelled/unmet), by time. */
export async function upcoming(db: EntityManager, today: string): Promise<{ rows: AssignmentSummary[]; total: number }> {
  const q = assignments(db)
    .createQueryBuilder('a')
    .where('a.startLocal >= :from AND a.startLocal < :to', { from: today, to: addLocalDays(today, 2) })
    .andWhere('a.status IN (:...shown)', { shown: ['requested', 'proposed', 'confirmed', 'done', 'noShow'] satisfies AssignmentStatus[] });
  const total = await countWithoutRestricted(q, 'a', 'poolAssignment');
  const rows = await summariesOf(
    withoutRestricted(q, 'a', 'poolAssignment')
      .orderBy('a.startLocal', 'ASC')
      .addOrderBy('a.id', 'ASC')
      // Two days of a busy pool fit easily; the cap keeps the start page fast whatever happens,
      // and the count lets the panel say so when it does.
      .limit(UPCOMING_MAX),
  );
  return { rows, total };
}

/** An interpreter's sessions for the calendar file: from 90 days back, confirmed or proposed. */
export async function calendarSessions(db: EntityManager, interpreterId: number, fromDate: string): Promise<Assignment[]> {
  return assignments(db)
    .createQueryBuilder('a')
    .where('a.interpreterId = :id', { id: interpreterId })
    .andWhere('a.status IN (:...shown)', { shown: ['proposed', 'confirmed', 'done'] satisfies AssignmentStatus[] })
    .andWhere('a.startLocal >= :from', { from: fromDate })
    .orderBy('a.startLocal', 'ASC')
    .getMany();
}
