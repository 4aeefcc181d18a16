import { EntitySchema } from 'typeorm';
import type { RequesterType } from '../../contract/pool';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** An organisation that books interpreters (Bedarfsträger): practice, hospital, school … */
export interface Requester extends VersionFields {
  id: number;
  name: string;
  type: RequesterType;
  trained: boolean;
  address: string;
  phone: string;
  createdAt: string;
}

export const RequesterEntity = new EntitySchema<Requester>({
  name: 'PoolRequester',
  tableName: 'pool_requester',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'text' },
    type: { type: 'text' },
    trained: { type: 'boolean' },
    address: { type: 'text' },
    phone: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

export interface Contact {
  id: number;
  requesterId: number;
  name: string;
  phone: string;
  email: string;
}

export const ContactEntity = new EntitySchema<Contact>({
  name: 'PoolContact',
  tableName: 'pool_contact',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    requesterId: { type: 'integer', name: 'requester_id' },
    name: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
  },
});
