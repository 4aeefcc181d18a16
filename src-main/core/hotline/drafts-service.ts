import type { EntityManager } from 'typeorm';
import { draftData, type DraftData, type DraftView } from '../../contract/hotline';
import { AppError } from '../errors';
import { CallDraftEntity, type CallDraft } from './call-draft.entity';

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
