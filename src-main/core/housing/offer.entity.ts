import { EntitySchema } from 'typeorm';
import type { LandlordType, ViewingOutcome } from '../../contract/housing';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A flat offered by the housing company or a private landlord. */
export interface Offer extends VersionFields {
  id: number;
  address: string;
  rooms: number;
  sizeSqm: number;
  rentCents: number;
  freeFrom: string;
  landlordType: LandlordType;
  reservedForCaseId: number | null;
  createdAt: string;
}

export const OfferEntity = new EntitySchema<Offer>({
  name: 'HousingOffer',
  tableName: 'housing_offer',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    address: { type: 'text' },
    rooms: { type: 'integer' },
    sizeSqm: { type: 'integer', name: 'size_sqm' },
    rentCents: { type: 'integer', name: 'rent_cents' },
    freeFrom: { type: 'text', name: 'free_from' },
    landlordType: { type: 'text', name: 'landlord_type' },
    reservedForCaseId: { type: 'integer', name: 'reserved_for_case_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

export interface Viewing {
  id: number;
  caseId: number;
  offerId: number;
  at: string;
  outcome: ViewingOutcome;
}

export const ViewingEntity = new EntitySchema<Viewing>({
  name: 'HousingViewing',
  tableName: 'housing_viewing',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    offerId: { type: 'integer', name: 'offer_id' },
    at: { type: 'text' },
    outcome: { type: 'text' },
  },
});
