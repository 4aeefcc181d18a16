import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { contactSaveInput, documentSaveInput, waitingStartInput } from '../../contract/housing';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { householdOfCase } from './households-service';
import { CaseContactEntity, CaseDocumentEntity, WaitingPeriodEntity } from './move-out-case.entity';

/** What caseworkers record on a case: requests to people outside, the document checklist, contacts. */

export async function startWaiting(db: EntityManager, input: z.output<typeof waitingStartInput>, actorId: number, now: Date): Promise<number> {
  await householdOfCase(db, input.caseId);
  const saved = await db.getRepository(WaitingPeriodEntity).save({ ...input, requestedAt: now.toISOString(), answeredAt: null, createdBy: actorId });
  return saved.id;
}

export async function answerWaiting(db: EntityManager, id: number, now: Date): Promise<number> {
  const wait = await db.getRepository(WaitingPeriodEntity).findOneBy({ id });
  if (!wait) throw new AppError('NOT_FOUND');
  if (wait.answeredAt) throw new AppError('CONFLICT', 'already answered');
  await db.getRepository(WaitingPeriodEntity).update({ id }, { answeredAt: now.toISOString() });
  return wait.caseId;
}

export async function saveDocument(db: EntityManager, input: z.output<typeof documentSaveInput>): Promise<{ id: number; created: boolean }> {
  await householdOfCase(db, input.caseId);
  const values = {
    caseId: input.caseId,
    kind: input.kind,
    // The contract requires a label for a custom document (documentSaveInput).
    customLabel: input.kind === 'custom' ? input.customLabel || null : null,
    status: input.status,
    statusOn: input.statusOn,
    expiresOn: input.expiresOn,
  };
  if (input.id === undefined) return { id: (await db.getRepository(CaseDocumentEntity).save(values)).id, created: true };
  const existing = await db.getRepository(CaseDocumentEntity).findOneBy({ id: input.id, caseId: input.caseId });
  if (!existing) throw new AppError('NOT_FOUND');
  await db.getRepository(CaseDocumentEntity).update({ id: input.id }, values);
  return { id: input.id, created: false };
}

/** Adds (no id) or corrects a contact person at the version it was loaded at (CONFLICT otherwise). */
export async function saveContact(
  db: EntityManager,
  input: z.output<typeof contactSaveInput>,
  actorId: number,
  now: Date,
): Promise<{ id: number; created: boolean }> {
  await householdOfCase(db, input.caseId);
  const { id, version, ...values } = input;
  const iso = now.toISOString();
  if (id === undefined) return { id: (await db.getRepository(CaseContactEntity).save({ ...values, version: 1, updatedAt: iso, updatedBy: actorId })).id, created: true };
  // Another case's contact is not found, whatever its version.
  if (!(await db.getRepository(CaseContactEntity).findOneBy({ id, caseId: input.caseId }))) throw new AppError('NOT_FOUND');
  await claimVersion(db, CaseContactEntity, { id }, version!, actorId, now);
  await db.getRepository(CaseContactEntity).update({ id }, values);
  return { id, created: false };
}
