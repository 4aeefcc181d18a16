import { EntitySchema } from 'typeorm';
import type { SizeBand } from '../../contract/hotline';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A company that calls the Arbeitgeberinfo (Arbeitgeber). */
export interface Employer extends VersionFields {
  id: number;
  name: string;
  /** Lower-cased name for search-as-you-type. */
  nameSearch: string;
  sector: string;
  sizeBand: SizeBand | null;
  street: string;
  postcode: string;
  city: string;
  notes: string;
  createdAt: string;
}

export const EmployerEntity = new EntitySchema<Employer>({
  name: 'HotlineEmployer',
  tableName: 'hotline_employer',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text' },
    nameSearch: { type: 'text', name: 'name_search' },
    sector: { type: 'text' },
    sizeBand: { type: 'text', name: 'size_band', nullable: true },
    street: { type: 'text' },
    postcode: { type: 'text' },
    city: { type: 'text' },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

/** A contact person at the employer (Ansprechperson); calls never point at one. */
export interface EmployerContact extends VersionFields {
  id: number;
  employerId: number;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export const EmployerContactEntity = new EntitySchema<EmployerContact>({
  name: 'HotlineEmployerContact',
  tableName: 'hotline_employer_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    employerId: { type: 'integer', name: 'employer_id' },
    name: { type: 'text' },
    role: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    ...VERSION_COLUMNS,
  },
});
