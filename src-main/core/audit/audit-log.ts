import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditActionName, AuditVerification } from '../../contract';
import { currentChainStart } from './audit-chain-start';
import { AuditEntryEntity, type AuditEntry } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);

/** What the audit trail records (src-main/core/README.md): changes, detail views, lists, exports, deletions, sessions. */
export type AuditAction = AuditActionName;

export interface AuditRecord {
  userId: number | null;
  action: AuditAction;
  /** The kind of record, e.g. `user`, `interpreter`, `hotlineCall`. */
  entity: string;
  entityId?: string | number | null;
  /** Filters, counts, changed field names — never personal data. */
  details?: Record<string, unknown> | null;
}

function entryHash(prevHash: string, fields: Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([fields.at, fields.userId, fields.action, fields.entity, fields.entityId, fields.details]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Appends one entry; call inside the transaction of the change it records. */
export async function appendAudit(db: EntityManager, record: AuditRecord, at: Date): Promise<void> {
  const repo = db.getRepository(AuditEntryEntity);
  const last = await repo.find({ order: { id: 'DESC' }, take: 1, select: { id: true, hash: true } });
  // An empty table after the audit trail's retention removed every entry: the chain goes on from
  // the chain start, not from genesis.
  const prevHash = last[0]?.hash ?? (await currentChainStart(db))?.prevHash ?? GENESIS_HASH;
  const fields = {
    at: at.toISOString(),
    userId: record.userId,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId == null ? null : String(record.entityId),
    details: record.details ? JSON.stringify(record.details) : null,
  };
  await repo.insert({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
}

/**
 * Walks the chain in order; reports the first entry whose content or link does not match. Entries
 * missing from the end are the anchor's to find (audit-head.ts), not the links'. After the audit
 * trail's retention removed old entries, the walk starts at the chain start (the last removed
 * entry's hash), so a kept entry removed or changed at the beginning is found as well.
 */
export async function verifyAuditChain(db: EntityManager): Promise<Pick<AuditVerification, 'intact' | 'entries' | 'firstBrokenId'>> {
  const repo = db.getRepository(AuditEntryEntity);
  const batch = 5000;
  const start = await currentChainStart(db);
  let prevHash = start?.prevHash ?? GENESIS_HASH;
  let lastId = start?.lastRemovedId ?? 0;
  let entries = 0;
  for (;;) {
    const rows = await repo
      .createQueryBuilder('e')
      .where('e.id > :lastId', { lastId })
      .orderBy('e.id', 'ASC')
      .take(batch)
      .getMany();
    for (const row of rows) {
      entries++;
      const { id: _id, hash, prevHash: storedPrev, ...fields } = row;
      if (storedPrev !== prevHash || entryHash(prevHash, fields) !== hash) {
        return { intact: false, entries, firstBrokenId: row.id };
      }
      prevHash = hash;
      lastId = row.id;
    }
    if (rows.length < batch) return { intact: true, entries, firstBrokenId: null };
  }
}
