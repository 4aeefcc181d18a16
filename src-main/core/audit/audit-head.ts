import type { EntityManager } from 'typeorm';
import type { AuditAnchorState } from '../../contract';
import { chainStarts, currentChainStart } from './audit-chain-start';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditHead } from './audit-anchor';

/** The head of an empty chain. */
export const EMPTY_HEAD: AuditHead = { entries: 0, lastId: 0, hash: '' };

/**
 * Moves `head` over the entries appended after it. Reads only the new rows (a range of the
 * primary key), so anchoring after a write costs as much as the entries that write added. If the
 * audit trail's retention has since removed entries past `head` (the anchor follows reads with a
 * delay, anchor-follower.ts), counting new rows would miss those: the head is then taken afresh.
 */
export async function advanceHead(db: EntityManager, head: AuditHead): Promise<AuditHead> {
  const start = await currentChainStart(db);
  if (start && start.lastRemovedId > head.lastId) return currentHead(db);
  const rows = await db
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('e')
    .select(['e.id', 'e.hash'])
    .where('e.id > :lastId', { lastId: head.lastId })
    .orderBy('e.id', 'ASC')
    .getMany();
  const last = rows.at(-1);
  return last ? { entries: head.entries + rows.length, lastId: last.id, hash: last.hash } : head;
}

/**
 * The head as the table stands now. `entries` counts from the first entry ever: the entries the
 * audit trail's retention removed (the chain start's position) and those kept. So the anchor
 * need not move when old entries go; it stays valid across a purge committed or not.
 */
export async function currentHead(db: EntityManager): Promise<AuditHead> {
  const repo = db.getRepository(AuditEntryEntity);
  const removed = (await currentChainStart(db))?.position ?? 0;
  const entries = removed + (await repo.count());
  const last = await repo.find({ order: { id: 'DESC' }, take: 1, select: { id: true, hash: true } });
  return last[0] ? { entries, lastId: last[0].id, hash: last[0].hash } : EMPTY_HEAD;
}

/**
 * Compares the table with its anchor: fewer entries than anchored means entries were removed from
 * the end or commits were lost (`behind`); another hash at the anchored position means the
 * history up to there was rewritten or this is another database (`diverged`).
 */
export async function compareWithAnchor(db: EntityManager, anchor: AuditHead): Promise<AuditAnchorState> {
  if (anchor.entries === 0) return 'matches';
  const repo = db.getRepository(AuditEntryEntity);
  const starts = await chainStarts(db);
  const removed = starts.at(-1)?.position ?? 0;
  if (removed + (await repo.count()) < anchor.entries) return 'behind';
  if (anchor.entries <= removed) {
    // The anchored entry itself was purged (a purge that removed everything before it, anchored
    // before its commit): a chain start records exactly that entry's position, id and hash.
    return starts.some((s) => s.position === anchor.entries && s.lastRemovedId === anchor.lastId && s.prevHash === anchor.hash) ? 'matches' : 'diverged';
  }
  const atPosition = await repo
    .createQueryBuilder('e')
    .select(['e.id', 'e.hash'])
    .orderBy('e.id', 'ASC')
    .offset(anchor.entries - removed - 1)
    .limit(1)
    .getOne();
  return atPosition && atPosition.hash === anchor.hash && atPosition.id === anchor.lastId ? 'matches' : 'diverged';
}
