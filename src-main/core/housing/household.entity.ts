import { EntitySchema } from 'typeorm';
import type { AGE_BANDS, INCOME_SOURCES, RENTING_STATUSES } from '../../contract/housing';

/** A household, pseudonymised: a reference instead of names, members only by age band. */
export interface Household {
  id: number;
  reference: string;
  ageBands: (typeof AGE_BANDS)[number][];
  members: number;
  languages: string[];
  roomsNeeded: number;
  accessibility: boolean;
  rentingStatus: (typeof RENTING_STATUSES)[number];
  incomeSource: (typeof INCOME_SOURCES)[number];
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
  },
});

/** Landlord, benefits-agency contact, volunteer helper: people involved in one case. */
export interface CaseContact {
  id: number;
  caseId: number;
  role: 'landlord' | 'benefitsAgency' | 'volunteer' | 'other';
  name: string;
  phone: string;
  email: string;
}

export const CaseContactEntity = new EntitySchema<CaseContact>({
  name: 'HousingCaseContact',
  tableName: 'housing_case_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    caseId: { type: 'integer', name: 'case_id' },
    role: { type: 'text' },
    name: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
  },
});
