import { EntitySchema } from 'typeorm';
import type { AgeBand, IncomeSource, RentingStatus } from '../../contract/housing';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A household, pseudonymised: a reference instead of names, members only by age band. */
export interface Household extends VersionFields {
  id: number;
  reference: string;
  ageBands: AgeBand[];
  members: number;
  languages: string[];
  roomsNeeded: number;
  accessibility: boolean;
  rentingStatus: RentingStatus;
  incomeSource: IncomeSource;
  createdAt: string;
}

export const HouseholdEntity = new EntitySchema<Household>({
  name: 'HousingHousehold',
  tableName: 'housing_household',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    reference: { type: 'text', unique: true },
    ageBands: { type: 'simple-json', name: 'age_bands' },
    members: { type: 'integer' },
    languages: { type: 'simple-json' },
    roomsNeeded: { type: 'integer', name: 'rooms_needed' },
    accessibility: { type: 'boolean' },
    rentingStatus: { type: 'text', name: 'renting_status' },
    incomeSource: { type: 'text', name: 'income_source' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});
