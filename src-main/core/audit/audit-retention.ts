import type { EntityManager } from 'typeorm';
import { currentChainStart } from './audit-chain-start';
import { AuditChainStartEntity } from './audit-chain-start.entity';
import { AuditEntryEntity } from './audit-entry.entity';

/** What the audit trail's retention reaches: how many entries, which ids (a range: always the oldest), from when to when. */
export interface AuditDue {
  count: number;
  firstId: number | null;
  lastId: number | null;
}

const NOTHING: AuditDue = { count: 0, firstId: null, lastId: null };

/**
 * The entries older than `cutoff` that can go: the longest run from the start of the kept chain
 * whose times are all before the cutoff. Only a prefix, never a gap: the chain must stay one piece
 * (a clock set back once does not punch holes into it; that entry and the ones after it wait).
 */
export async function auditDue(db: EntityManager, cutoff: string): Promise<AuditDue> {
  const repo = db.getRepository(AuditEntryEntity);
  const firstYoung = await repo.createQueryBuilder('e').select('MIN(e.id)', 'id').where('e.at >= :cutoff', { cutoff }).getRawOne<{ id: number | null }>();
  const q = repo.createQueryBuilder('e').select('COUNT(*)', 'count').addSelect('MIN(e.id)', 'firstId').addSelect('MAX(e.id)', 'lastId');
  if (firstYoung?.id != null) q.where('e.id < :firstYoung', { firstYoung: firstYoung.id });
  const r = await q.getRawOne<{ count: number; firstId: number | null; lastId: number | null }>();
  return r && Number(r.count) > 0 ? { count: Number(r.count), firstId: r.firstId, lastId: r.lastId } : NOTHING;
}

/**
 * Removes the entries `due` names, in the caller's transaction: first the chain start (the last
 * removed entry's id and hash, and the count of all entries removed so far), which the database
 * checks and which alone lets the delete trigger pass those entries (migrations/
 * 1766100000000-audit-chain-start.ts); then the entries. The anchor outside the database counts
 * from the first entry ever and needs no change (audit-head.ts).
 */
export async function purgeAudit(db: EntityManager, due: AuditDue, now: Date): Promise<void> {
  if (due.count === 0 || due.lastId == null) return;
  const repo = db.getRepository(AuditEntryEntity);
  const last = await repo.findOneByOrFail({ id: due.lastId });
  const before = (await currentChainStart(db))?.position ?? 0;
  await db.getRepository(AuditChainStartEntity).insert({ position: before + due.count, lastRemovedId: last.id, prevHash: last.hash, at: now.toISOString() });
  await repo.createQueryBuilder().delete().from(AuditEntryEntity).where('id <= :lastId', { lastId: last.id }).execute();
}
