import { EntitySchema } from 'typeorm';

/**
 * One erasure, without personal data: a salted hash of the client reference (the salt lives in
 * the encrypted database, so the hash cannot be tried against a guessed list outside it), the
 * module, when, by whom, why. Re-applied after every restore so an erasure never comes back.
 */
export interface ErasureLedgerEntry {
  id: number;
  referenceHash: string;
  module: string;
  at: string;
  byUserId: number | null;
  /** `client`: the hash is of a client reference erased in the whole module; otherwise a record erasure the module declares (`recordErasures`), hash of the record's id. */
  scope: string;
  /** `request` (Art. 17), `consentWithdrawn`, `retention`. */
  reason: string;
}

export const ErasureLedgerEntity = new EntitySchema<ErasureLedgerEntry>({
  name: 'ErasureLedgerEntry',
  tableName: 'privacy_erasure',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    referenceHash: { type: 'text', name: 'reference_hash' },
    module: { type: 'text' },
    at: { type: 'text' },
    byUserId: { type: 'integer', name: 'by_user_id', nullable: true },
    reason: { type: 'text' },
    scope: { type: 'text', default: 'client' },
  },
});
