import type { EntityManager } from 'typeorm';
import { tableExists } from '../db/table-exists';
import { AuditChainStartEntity, type AuditChainStart } from './audit-chain-start.entity';

/**
 * Every chain start, oldest first; none on a database whose audit trail was never purged (or
 * from before the table existed: the anchor is checked before migrations run).
 */
export async function chainStarts(db: EntityManager): Promise<AuditChainStart[]> {
  if (!(await tableExists(db, 'audit_chain_start'))) return [];
  return db.getRepository(AuditChainStartEntity).find({ order: { id: 'ASC' } });
}

/** The chain start in force: the newest one, or null when the chain still begins at genesis. */
export async function currentChainStart(db: EntityManager): Promise<AuditChainStart | null> {
  return (await chainStarts(db)).at(-1) ?? null;
}
