import { EntitySchema } from 'typeorm';

/**
 * Where the kept audit chain begins after the audit trail's retention removed its oldest entries:
 * `position` entries were removed since the first one ever, the last of them had id
 * `lastRemovedId` and hash `prevHash` (the first kept entry's predecessor). Append-only; the
 * newest row is the one in force. Holds no content, like the entries.
 */
export interface AuditChainStart {
  id: number;
  position: number;
  lastRemovedId: number;
  prevHash: string;
  at: string;
}

export const AuditChainStartEntity = new EntitySchema<AuditChainStart>({
  name: 'AuditChainStart',
  tableName: 'audit_chain_start',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    position: { type: 'integer' },
    lastRemovedId: { type: 'integer', name: 'last_removed_id' },
    prevHash: { type: 'text', name: 'prev_hash' },
    at: { type: 'text' },
  },
});
