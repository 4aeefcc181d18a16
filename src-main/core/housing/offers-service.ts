import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { OFFERS_MAX, type HousingSettings, type OfferListPage, type OfferMatch, type OfferView, type offerInput, type viewingSaveInput } from '../../contract/housing';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { toLocalDate } from '../time/local-time';
import { HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity } from './move-out-case.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { explainFit } from './offer-fit';

/** Offers with the reference of the household each is reserved for (if any), as views. */
function offerViews(db: EntityManager) {
  return db
    .getRepository(OfferEntity)
    .createQueryBuilder('o')
    .leftJoin(MoveOutCaseEntity.options.name, 'c', 'c.id = o.reservedForCaseId')
    .leftJoin(HouseholdEntity.options.name, 'h', 'h.id = c.householdId')
    .select('o.id', 'id')
    .addSelect('o.version', 'version')
    .addSelect('o.address', 'address')
    .addSelect('o.rooms', 'rooms')
    .addSelect('o.sizeSqm', 'sizeSqm')
    .addSelect('o.rentCents', 'rentCents')
    .addSelect('o.freeFrom', 'freeFrom')
    .addSelect('o.landlordType', 'landlordType')
    .addSelect('o.reservedForCaseId', 'reservedForCaseId')
    .addSelect('h.reference', 'reservedForReference');
}

/**
 * Offers still open: free from within the last 90 days or later (older ones are let or gone).
 * At most `OFFERS_MAX`, earliest free first, with how many match, so the list can say it is cut.
 */
export async function listOffers(db: EntityManager, includePast: boolean, now: Date): Promise<OfferListPage> {
  const q = offerViews(db).orderBy('o.freeFrom', 'ASC').addOrderBy('o.id', 'ASC');
  if (!includePast) q.where('o.freeFrom >= :cutoff', { cutoff: toLocalDate(new Date(now.getTime() - 90 * 86_400_000)) });
  const total = await q.getCount();
  return { rows: await q.limit(OFFERS_MAX).getRawMany<OfferView>(), total };
}

export async function offerView(db: EntityManager, id: number): Promise<OfferView> {
  const view = await offerViews(db).where('o.id = :id', { id }).getRawOne<OfferView>();
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** Creates (no id) or changes an offer at the version it was loaded at (CONFLICT if a colleague saved since). */
export async function saveOffer(db: EntityManager, input: z.output<typeof offerInput>, actorId: number, now: Date): Promise<{ id: number; created: boolean }> {
  const { id, version, ...values } = input;
  if (id !== undefined) await claimVersion(db, OfferEntity, { id }, version!, actorId, now);
  if (values.reservedForCaseId !== null && !(await db.getRepository(MoveOutCaseEntity).findOneBy({ id: values.reservedForCaseId }))) {
    throw new AppError('NOT_FOUND', 'reserved-for case');
  }
  const repo = db.getRepository(OfferEntity);
  const iso = now.toISOString();
  if (id === undefined) return { id: (await repo.save({ ...values, createdAt: iso, version: 1, updatedAt: iso, updatedBy: actorId })).id, created: true };
  await repo.update({ id }, values);
  return { id, created: false };
}

export async function matchOffers(db: EntityManager, caseId: number, settings: HousingSettings, now: Date): Promise<OfferMatch[]> {
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneBy({ id: caseId });
  if (!moveOutCase) throw new AppError('NOT_FOUND');
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: moveOutCase.householdId });
  const matches = (await listOffers(db, false, now)).rows.map((o) => explainFit(o, household, caseId, settings));
  // Fitting flats first, then by date free.
  return matches.sort((a, b) => Number(b.fits) - Number(a.fits) || a.offer.freeFrom.localeCompare(b.offer.freeFrom));
}

export async function saveViewing(db: EntityManager, input: z.output<typeof viewingSaveInput>): Promise<{ id: number; created: boolean }> {
  if (!(await db.getRepository(MoveOutCaseEntity).findOneBy({ id: input.caseId }))) throw new AppError('NOT_FOUND');
  if (!(await db.getRepository(OfferEntity).findOneBy({ id: input.offerId }))) throw new AppError('NOT_FOUND');
  const { id, ...values } = input;
  const repo = db.getRepository(ViewingEntity);
  if (id === undefined) return { id: (await repo.save(values)).id, created: true };
  if (!(await repo.findOneBy({ id, caseId: input.caseId }))) throw new AppError('NOT_FOUND');
  await repo.update({ id }, values);
  return { id, created: false };
}
