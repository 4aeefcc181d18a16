import { EntitySchema } from 'typeorm';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A municipal shelter (städtische Unterkunft). */
export interface Accommodation extends VersionFields {
  id: number;
  name: string;
  address: string;
  units: number;
  beds: number;
  createdAt: string;
}

export const AccommodationEntity = new EntitySchema<Accommodation>({
  name: 'HousingAccommodation',
  tableName: 'housing_accommodation',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text' },
    address: { type: 'text' },
    units: { type: 'integer' },
    beds: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

/** Who lives where since when; an open occupancy (no moved-out date) takes beds. */
export interface Occupancy {
  id: number;
  householdId: number;
  accommodationId: number;
  members: number;
  movedInOn: string;
  movedOutOn: string | null;
}

export const OccupancyEntity = new EntitySchema<Occupancy>({
  name: 'HousingOccupancy',
  tableName: 'housing_occupancy',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    householdId: { type: 'integer', name: 'household_id' },
    accommodationId: { type: 'integer', name: 'accommodation_id' },
    members: { type: 'integer' },
    movedInOn: { type: 'text', name: 'moved_in_on' },
    movedOutOn: { type: 'text', name: 'moved_out_on', nullable: true },
  },
});
