import { EntitySchema } from 'typeorm';

/**
 * A record's restriction of processing (GDPR Art. 18, SDM M62): set with a reason, lifted later;
 * rows are never removed, so when and by whom stays known. At most one in force per record.
 * Lives in the database, so it goes into every backup and comes back with every restore.
 */
export interface Restriction {
  id: number;
  module: string;
  recordType: string;
  recordId: number;
  reason: string;
  restrictedAt: string;
  restrictedBy: number;
  liftedAt: string | null;
  liftedBy: number | null;
}

export const RestrictionEntity = new EntitySchema<Restriction>({
  name: 'Restriction',
  tableName: 'privacy_restriction',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    module: { type: 'text' },
    recordType: { type: 'text', name: 'record_type' },
    recordId: { type: 'integer', name: 'record_id' },
    reason: { type: 'text' },
    restrictedAt: { type: 'text', name: 'restricted_at' },
    restrictedBy: { type: 'integer', name: 'restricted_by' },
    liftedAt: { type: 'text', name: 'lifted_at', nullable: true },
    liftedBy: { type: 'integer', name: 'lifted_by', nullable: true },
  },
});
