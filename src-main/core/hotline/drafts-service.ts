import type { EntityManager } from 'typeorm';
import { draftData, type DraftData, type DraftView } from '../../contract/hotline';
import { AppError } from '../errors';
import { CallDraftEntity, type CallDraft } from './entities';

const drafts = (db: EntityManager) => db.getRepository(CallDraftEntity);

function toView(d: CallDraft): DraftView {
  // Stored drafts were validated on the way in; parse again so a damaged one cannot reach the form.
  const parsed = draftData.safeParse(JSON.parse(d.data));
  return { id: d.id, startedAt: d.startedAt, updatedAt: d.updatedAt, data: parsed.success ? parsed.data : {} };
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

export async function myDrafts(db: EntityManager, ownerUserId: number): Promise<DraftView[]> {
  return (await drafts(db).find({ where: { ownerUserId }, order: { updatedAt: 'DESC', id: 'DESC' } })).map(toView);
}
