import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AssignmentDetail, AssignmentSummary, FeedbackView } from '../../contract/pool';
import { selectRows } from '../db/select-rows';
import { toLocalDateTime } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { AssignmentEntity, AssignmentHistoryEntity, FeedbackEntity, type Assignment, type Feedback } from './assignment.entity';
import { InterpreterEntity } from './interpreter.entity';
import { namesOf } from './interpreters-service';
import { ContactEntity, RequesterEntity } from './requester.entity';

/** Display name of an interpreter: Latin transliteration, native script in brackets if different. */
export function displayName(n: { nameNative: string; nameLatin: string } | undefined): string | null {
  if (!n) return null;
  return n.nameNative && n.nameNative !== n.nameLatin ? `${n.nameLatin} (${n.nameNative})` : n.nameLatin;
}

interface SummaryRow {
  id: number;
  start: string;
  end: string;
  durationMinutes: number;
  setting: AssignmentSummary['setting'];
  language: string;
  dialect: string;
  topic: AssignmentSummary['topic'];
  sensitivity: AssignmentSummary['sensitivity'];
  status: AssignmentSummary['status'];
  requesterId: number;
  requesterName: string | null;
  interpreterId: number | null;
  nameNative: string | null;
  nameLatin: string | null;
  seriesId: number | null;
  clientReference: string;
  hasFeedback: number | boolean | null;
}

/**
 * List rows in one statement: the assignments `q` selects (as `a`, filtered, ordered and limited)
 * joined with the requester's and interpreter's names and whether feedback exists. Read as plain
 * rows, not entities: for a busy week of ~800 sessions, hydrating entities and then looking the
 * names up in three more queries took ~25 ms, this ~5. `q` must limit with `limit`, not `take`
 * (with joins `take` makes TypeORM select distinct ids in a query of its own).
 */
export async function summariesOf(q: SelectQueryBuilder<Assignment>): Promise<AssignmentSummary[]> {
  const query = q
    .clone()
    .leftJoin(RequesterEntity.options.name, 'summaryRequester', 'summaryRequester.id = a.requesterId')
    .leftJoin(InterpreterEntity.options.name, 'summaryInterpreter', 'summaryInterpreter.id = a.interpreterId')
    // Feedback's key is its assignment, so this join never repeats a row.
    .leftJoin(FeedbackEntity.options.name, 'summaryFeedback', 'summaryFeedback.assignmentId = a.id')
    .select('a.id', 'id')
    .addSelect('a.startLocal', 'start')
    .addSelect('a.endLocal', 'end')
    .addSelect('a.durationMinutes', 'durationMinutes')
    .addSelect('a.setting', 'setting')
    .addSelect('a.language', 'language')
    .addSelect('a.dialect', 'dialect')
    .addSelect('a.topic', 'topic')
    .addSelect('a.sensitivity', 'sensitivity')
    .addSelect('a.status', 'status')
    .addSelect('a.requesterId', 'requesterId')
    .addSelect('summaryRequester.name', 'requesterName')
    .addSelect('a.interpreterId', 'interpreterId')
    .addSelect('summaryInterpreter.nameNative', 'nameNative')
    .addSelect('summaryInterpreter.nameLatin', 'nameLatin')
    .addSelect('a.seriesId', 'seriesId')
    .addSelect('a.clientReference', 'clientReference')
    .addSelect('summaryFeedback.assignmentId IS NOT NULL', 'hasFeedback');
  const rows = await selectRows<SummaryRow>(query);
  // Each field named: copying the driver's rows with a spread took as long as reading them.
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    durationMinutes: r.durationMinutes,
    setting: r.setting,
    language: r.language,
    dialect: r.dialect,
    topic: r.topic,
    sensitivity: r.sensitivity,
    status: r.status,
    requesterId: r.requesterId,
    requesterName: r.requesterName ?? '',
    interpreterId: r.interpreterId,
    interpreterName: r.interpreterId === null || r.nameLatin === null ? null : displayName({ nameNative: r.nameNative ?? '', nameLatin: r.nameLatin }),
    seriesId: r.seriesId,
    clientReference: r.clientReference,
    hasFeedback: Boolean(r.hasFeedback),
  }));
}

/** List rows for assignments already loaded, in their order (a detail view, a calendar file). */
export async function toSummaries(db: EntityManager, rows: Assignment[]): Promise<AssignmentSummary[]> {
  if (rows.length === 0) return [];
  const found = await summariesOf(db.getRepository(AssignmentEntity).createQueryBuilder('a').whereInIds(rows.map((r) => r.id)));
  const byId = new Map(found.map((s) => [s.id, s]));
  return rows.map((r) => byId.get(r.id)).filter((s): s is AssignmentSummary => s !== undefined);
}

export function toFeedbackView(f: Feedback): FeedbackView {
  return {
    accuracy: f.accuracy,
    role: f.role,
    punctuality: f.punctuality,
    confidentiality: f.confidentiality,
    overall: f.overall,
    comment: f.comment,
    emotionalLoad: f.emotionalLoad,
    supervisionWish: f.supervisionWish,
    debrief: f.debrief,
    clientRating: f.clientRating,
    clientComment: f.clientComment,
    recordedAt: f.recordedAt,
  };
}

export async function toDetail(db: EntityManager, a: Assignment, now: Date): Promise<AssignmentDetail> {
  const [summary] = await toSummaries(db, [a]);
  const requester = await db.getRepository(RequesterEntity).findOneByOrFail({ id: a.requesterId });
  const contact = a.contactId ? await db.getRepository(ContactEntity).findOneBy({ id: a.contactId }) : null;
  const history = await db.getRepository(AssignmentHistoryEntity).find({ where: { assignmentId: a.id }, order: { id: 'ASC' } });
  const userNames = await displayNames(db, history.map((h) => h.userId));
  const interpreters = await namesOf(db, history.map((h) => h.interpreterId).filter((id): id is number => id !== null));
  const feedback = await db.getRepository(FeedbackEntity).findOneBy({ assignmentId: a.id });
  return {
    ...summary!,
    address: a.address,
    genderPreference: a.genderPreference,
    contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email } : null,
    requesterAddress: requester.address,
    requesterPhone: requester.phone,
    cancelledBy: a.cancelledBy,
    lateCancellation: a.lateCancellation,
    travelKm: a.travelKm,
    actualMinutes: a.actualMinutes,
    history: history.map((h) => ({
      at: h.at,
      userName: userNames.get(h.userId) ?? '',
      from: h.fromStatus,
      to: h.toStatus,
      interpreterName: h.interpreterId === null ? null : displayName(interpreters.get(h.interpreterId)),
      cancelledBy: h.cancelledBy,
      note: h.note,
    })),
    feedback: feedback ? toFeedbackView(feedback) : null,
    started: a.startLocal <= toLocalDateTime(now),
  };
}

/**
 * Marks the proposals of a set of sessions that overlap a booked (confirmed or done) session of
 * the same interpreter: such a proposal cannot be confirmed, and the week plan must not show it
 * like a second booking.
 */
export function markOverlaps(rows: AssignmentSummary[]): AssignmentSummary[] {
  const booked = rows.filter((r) => (r.status === 'confirmed' || r.status === 'done') && r.interpreterId !== null);
  return rows.map((r) =>
    r.status !== 'proposed' || r.interpreterId === null
      ? r
      : { ...r, overlapsBooking: booked.some((b) => b.interpreterId === r.interpreterId && b.id !== r.id && b.start < r.end && r.start < b.end) },
  );
}
