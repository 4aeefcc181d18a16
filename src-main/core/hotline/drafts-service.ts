import { In, Not, type EntityManager } from 'typeorm';
import { draftData, type DraftData, type DraftHolder, type DraftView } from '../../contract/hotline';
import { AppError } from '../errors';
import { displayNames } from '../users/display-names';
import { CallDraftEntity, type CallDraft } from './call-draft.entity';
import { EmployerEntity } from './employer.entity';

const drafts = (db: EntityManager) => db.getRepository(CallDraftEntity);

function toView(d: CallDraft): DraftView {
  // Stored drafts were validated on the way in; parse again so a damaged one cannot reach the form.
  const parsed = draftData.safeParse(JSON.parse(d.data));
  return { id: d.id, startedAt: d.startedAt, updatedAt: d.updatedAt, data: parsed.success ? parsed.data : {} };
}

/** Nothing typed yet: every field empty or still at the form's default. */
export function isEmptyDraft(data: DraftData): boolean {
  return Object.entries(data).every(
    ([key, value]) =>
      value === undefined ||
      value === null ||
      value === '' ||
      value === false ||
      (key === 'urgency' && value === 'normal') ||
      (key === 'followUpKind' && value === 'none'),
  );
}

const parsedData = (d: CallDraft): DraftData => toView(d).data;

/**
 * Removes the person's drafts with nothing typed (a call screen opened and left, or closed by a
 * lock before anything was said); returns their ids. A draft with anything in it is kept.
 */
export async function removeEmptyDrafts(db: EntityManager, ownerUserId: number, only?: number): Promise<number[]> {
  const mine = await drafts(db).find({ where: only === undefined ? { ownerUserId } : { ownerUserId, id: only } });
  const empty = mine.filter((d) => isEmptyDraft(parsedData(d))).map((d) => d.id);
  if (empty.length > 0) await drafts(db).delete(empty);
  return empty;
}

export async function startDraft(db: EntityManager, ownerUserId: number, now: Date): Promise<DraftView> {
  const iso = now.toISOString();
  return toView(await drafts(db).save({ ownerUserId, startedAt: iso, updatedAt: iso, data: JSON.stringify({ urgency: 'normal' }) }));
}

/** A draft is visible to the person typing it only. */
export async function ownDraft(db: EntityManager, id: number, ownerUserId: number): Promise<CallDraft> {
  const draft = await drafts(db).findOneBy({ id });
  if (!draft || draft.ownerUserId !== ownerUserId) throw new AppError('NOT_FOUND');
  return draft;
}

export async function getDraft(db: EntityManager, id: number, ownerUserId: number): Promise<DraftView> {
  return toView(await ownDraft(db, id, ownerUserId));
}

export async function saveDraft(db: EntityManager, id: number, ownerUserId: number, data: DraftData, now: Date): Promise<string> {
  await ownDraft(db, id, ownerUserId);
  const updatedAt = now.toISOString();
  await drafts(db).update({ id }, { data: JSON.stringify(data), updatedAt });
  return updatedAt;
}

export async function discardDraft(db: EntityManager, id: number, ownerUserId: number): Promise<void> {
  await ownDraft(db, id, ownerUserId);
  await drafts(db).delete({ id });
}

/** Calls in progress: drafts with something typed in them (an empty one is nothing to go back to). */
export async function myDrafts(db: EntityManager, ownerUserId: number): Promise<DraftView[]> {
  const mine = await drafts(db).find({ where: { ownerUserId }, order: { updatedAt: 'DESC', id: 'DESC' } });
  return mine.map(toView).filter((d) => !isEmptyDraft(d.data));
}

/**
 * Colleagues' calls in progress (drafts with something typed), oldest first: who holds each, since
 * when, and the employer record it is about. The draft's own text stays with its holder; even the
 * employer is named from the employer record, not from what was typed. A handful at a time, so
 * the JSON is read here rather than in SQL.
 */
export async function heldDrafts(db: EntityManager, viewerId: number): Promise<DraftHolder[]> {
  const others = (await drafts(db).find({ where: { ownerUserId: Not(viewerId) }, order: { startedAt: 'ASC', id: 'ASC' } }))
    .map((d) => ({ draft: d, data: parsedData(d) }))
    .filter(({ data }) => !isEmptyDraft(data));
  if (others.length === 0) return [];
  const names = await displayNames(db, others.map(({ draft }) => draft.ownerUserId));
  const employerIds = [...new Set(others.map(({ data }) => data.employerId).filter((id): id is number => typeof id === 'number'))];
  const employers =
    employerIds.length === 0 ? [] : await db.getRepository(EmployerEntity).find({ where: { id: In(employerIds) }, select: { id: true, name: true } });
  const employerName = new Map(employers.map((e) => [e.id, e.name]));
  return others.map(({ draft, data }) => {
    // A chosen employer since deleted (or never saved) is no record to point at.
    const employerId = data.employerId !== undefined && data.employerId !== null && employerName.has(data.employerId) ? data.employerId : null;
    return {
      draftId: draft.id,
      holderName: names.get(draft.ownerUserId) ?? '',
      startedAt: draft.startedAt,
      employerId,
      employerName: employerId === null ? null : employerName.get(employerId)!,
    };
  });
}
