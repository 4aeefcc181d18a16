import type { EntityManager } from 'typeorm';
import type { ConsentInput } from '../../contract';
import { consentsFor, recordConsent, withdrawConsent, type ConsentSubject } from '../consent/consent-service';
import { AppError } from '../errors';
import { eraseClient, type ModuleErasure } from '../privacy/erasure';
import { housingModule } from '../../contract/housing';
import { HouseholdEntity } from './household.entity';
import { householdOfCase } from './households-service';
import { HOUSING_PERSONAL_DATA } from './personal-data';

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

/**
 * The erasure a withdrawn consent may require: the household erased in this module as the admin's
 * erasure does it (reference replaced, dates to the quarter, mentions in the case's texts
 * replaced; counts stay), in the erasure ledger so a restore erases it again.
 */
export async function eraseWithdrawnHousehold(db: EntityManager, householdId: number, actorId: number, now: Date): Promise<ModuleErasure> {
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: householdId });
  const [erased] = await eraseClient(db, [{ contract: housingModule, personalData: HOUSING_PERSONAL_DATA }], { reference: household.reference, reason: 'consentWithdrawn', actorId, now });
  return erased!;
}
