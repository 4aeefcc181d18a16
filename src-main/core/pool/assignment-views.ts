import { In, type EntityManager } from 'typeorm';
import type { AssignmentDetail, AssignmentSummary, FeedbackView } from '../../contract/pool';
import { toLocalDateTime } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { AssignmentHistoryEntity, FeedbackEntity, type Assignment, type Feedback } from './assignment.entity';
import { namesOf } from './interpreters-service';
import { ContactEntity, RequesterEntity } from './requester.entity';

/** Display name of an interpreter: Latin transliteration, native script in brackets if different. */
export function displayName(n: { nameNative: string; nameLatin: string } | undefined): string | null {
  if (!n) return null;
  return n.nameNative && n.nameNative !== n.nameLatin ? `${n.nameLatin} (${n.nameNative})` : n.nameLatin;
}

/** List rows with requester and interpreter names, in three queries for the whole page. */
export async function toSummaries(db: EntityManager, rows: Assignment[]): Promise<AssignmentSummary[]> {
  if (rows.length === 0) return [];
  const requesterIds = [...new Set(rows.map((r) => r.requesterId))];
  const requesters = await db.getRepository(RequesterEntity).find({ where: { id: In(requesterIds) }, select: { id: true, name: true } });
  const requesterNames = new Map(requesters.map((r) => [r.id, r.name]));
  const interpreters = await namesOf(db, rows.map((r) => r.interpreterId).filter((id): id is number => id !== null));
  const withFeedback = new Set(
    (await db.getRepository(FeedbackEntity).find({ where: { assignmentId: In(rows.map((r) => r.id)) }, select: { assignmentId: true } })).map(
      (f) => f.assignmentId,
    ),
  );
  return rows.map((a) => ({
    id: a.id,
    start: a.startLocal,
    end: a.endLocal,
    durationMinutes: a.durationMinutes,
    setting: a.setting,
    language: a.language,
    dialect: a.dialect,
    topic: a.topic,
    sensitivity: a.sensitivity,
    status: a.status,
    requesterId: a.requesterId,
    requesterName: requesterNames.get(a.requesterId) ?? '',
    interpreterId: a.interpreterId,
    interpreterName: a.interpreterId === null ? null : displayName(interpreters.get(a.interpreterId)),
    seriesId: a.seriesId,
    clientReference: a.clientReference,
    hasFeedback: withFeedback.has(a.id),
  }));
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
