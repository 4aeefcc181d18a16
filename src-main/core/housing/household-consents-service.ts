import type { EntityManager } from 'typeorm';
import type { ConsentInput } from '../../contract';
import { consentsFor, recordConsent, withdrawConsent, type ConsentSubject } from '../consent/consent-service';
import { AppError } from '../errors';
import { householdOfCase } from './households-service';

/** Consent belongs to the household (the data subjects), not to one move-out case. */
export const householdSubject = (householdId: number): ConsentSubject => ({ module: 'housing', type: 'household', id: householdId });

export async function recordHouseholdConsent(db: EntityManager, caseId: number, input: ConsentInput, actorId: number, now: Date): Promise<{ id: number; householdId: number }> {
  const householdId = await householdOfCase(db, caseId);
  const consent = await recordConsent(db, householdSubject(householdId), input, actorId, now);
  return { id: consent.id, householdId };
}

/** Only a consent of this case's household can be withdrawn through it. */
export async function withdrawHouseholdConsent(db: EntityManager, caseId: number, consentId: number, withdrawnOn: string, actorId: number): Promise<number> {
  const householdId = await householdOfCase(db, caseId);
  if (!(await consentsFor(db, householdSubject(householdId))).some((c) => c.id === consentId)) throw new AppError('NOT_FOUND');
  await withdrawConsent(db, consentId, withdrawnOn, actorId);
  return householdId;
}
