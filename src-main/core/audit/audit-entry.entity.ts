import { EntitySchema } from 'typeorm';

/**
 * One line of the audit trail: who did what to which record, when. Append-only (database
 * triggers refuse UPDATE and DELETE) and hash-chained: `hash` covers this entry's fields and the
 * previous entry's hash, so an edited or removed line breaks the chain.
 * `details` holds filters and counts, never personal data.
 */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: string | null;
  prevHash: string;
  hash: string;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'text' },
    userId: { type: 'integer', name: 'user_id', nullable: true },
    action: { type: 'text' },
    entity: { type: 'text' },
    entityId: { type: 'text', name: 'entity_id', nullable: true },
    details: { type: 'text', nullable: true },
    prevHash: { type: 'text', name: 'prev_hash' },
    hash: { type: 'text' },
  },
});
