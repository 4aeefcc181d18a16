import type { FitReason, HousingSettings, OfferMatch, OfferView, RentLimit } from '../../contract/housing';

/** The limit for a household of n persons; beyond the table, the largest row's. */
export function rentLimitFor(limits: RentLimit[], persons: number): RentLimit | null {
  const sorted = [...limits].sort((a, b) => a.persons - b.persons);
  return sorted.find((r) => r.persons === persons) ?? sorted.filter((r) => r.persons <= persons).at(-1) ?? sorted[0] ?? null;
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
