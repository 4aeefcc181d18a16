import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { FitReason, HousingSettings, OfferMatch, OfferView, offerInput, viewingSaveInput } from '../../contract/housing';
import { AppError } from '../errors';
import { toLocalDate } from '../time/local-time';
import { HouseholdEntity } from './household.entity';
import { MoveOutCaseEntity } from './move-out-case.entity';
import { OfferEntity, ViewingEntity } from './offer.entity';
import { rentLimitFor } from './housing-settings';

interface Row {
  id: number;
  address: string;
  rooms: number;
  size_sqm: number;
  rent_cents: number;
  free_from: string;
  landlord_type: OfferView['landlordType'];
  reserved_for_case_id: number | null;
  reference: string | null;
}

const SELECT = `SELECT o.*, h.reference FROM housing_offer o
  LEFT JOIN housing_case c ON c.id = o.reserved_for_case_id LEFT JOIN housing_household h ON h.id = c.household_id`;

const toView = (r: Row): OfferView => ({
  id: r.id,
  address: r.address,
  rooms: r.rooms,
  sizeSqm: r.size_sqm,
  rentCents: r.rent_cents,
  freeFrom: r.free_from,
  landlordType: r.landlord_type,
  reservedForCaseId: r.reserved_for_case_id,
  reservedForReference: r.reference,
});

/** Offers still open: free from within the last 90 days or later (older ones are let or gone). */
export async function listOffers(db: EntityManager, includePast: boolean, now: Date): Promise<OfferView[]> {
  const cutoff = new Date(now.getTime() - 90 * 86_400_000);
  const rows = (await db.query(`${SELECT} ${includePast ? '' : 'WHERE o.free_from >= ?'} ORDER BY o.free_from, o.id LIMIT 500`, includePast ? [] : [toLocalDate(cutoff)])) as Row[];
  return rows.map(toView);
}

export async function offerView(db: EntityManager, id: number): Promise<OfferView> {
  const rows = (await db.query(`${SELECT} WHERE o.id = ?`, [id])) as Row[];
  if (!rows[0]) throw new AppError('NOT_FOUND');
  return toView(rows[0]);
}

export async function saveOffer(db: EntityManager, input: z.output<typeof offerInput>, now: Date): Promise<{ id: number; created: boolean }> {
  const { id, ...values } = input;
  if (values.reservedForCaseId !== null && !(await db.getRepository(MoveOutCaseEntity).findOneBy({ id: values.reservedForCaseId }))) {
    throw new AppError('NOT_FOUND', 'reserved-for case');
  }
  const repo = db.getRepository(OfferEntity);
  if (id === undefined) return { id: (await repo.save({ ...values, createdAt: now.toISOString() })).id, created: true };
  if (!(await repo.findOneBy({ id }))) throw new AppError('NOT_FOUND');
  await repo.update({ id }, values);
  return { id, created: false };
}

/** Why a flat fits a household or not: rooms, the benefits agency's rent and size limits, reservations. */
export function explainFit(offer: OfferView, household: { members: number; roomsNeeded: number }, caseId: number, settings: HousingSettings): OfferMatch {
  const limit = rentLimitFor(settings.rentLimits, household.members);
  const reasons: FitReason[] = [
    { key: offer.rooms >= household.roomsNeeded ? 'roomsOk' : 'tooFewRooms', rooms: offer.rooms, needed: household.roomsNeeded },
  ];
  if (limit) {
    reasons.push({ key: offer.rentCents <= limit.maxRentCents ? 'rentOk' : 'rentTooHigh', rentCents: offer.rentCents, limitCents: limit.maxRentCents });
    reasons.push({ key: offer.sizeSqm <= limit.maxSizeSqm ? 'sizeOk' : 'tooLarge', sizeSqm: offer.sizeSqm, limitSqm: limit.maxSizeSqm });
  }
  if (offer.reservedForCaseId !== null) reasons.push({ key: offer.reservedForCaseId === caseId ? 'reservedForThis' : 'reservedForOther' });
  const fits = reasons.every((r) => ['roomsOk', 'rentOk', 'sizeOk', 'reservedForThis'].includes(r.key));
  return { offer, fits, reasons };
}

export async function matchOffers(db: EntityManager, caseId: number, settings: HousingSettings, now: Date): Promise<OfferMatch[]> {
  const moveOutCase = await db.getRepository(MoveOutCaseEntity).findOneBy({ id: caseId });
  if (!moveOutCase) throw new AppError('NOT_FOUND');
  const household = await db.getRepository(HouseholdEntity).findOneByOrFail({ id: moveOutCase.householdId });
  const matches = (await listOffers(db, false, now)).map((o) => explainFit(o, household, caseId, settings));
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
