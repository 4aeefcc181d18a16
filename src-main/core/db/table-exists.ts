import type { EntityManager } from 'typeorm';

/**
 * Whether a table exists yet. For checks that run at opening before migrations do (the audit
 * anchor), on a database from before the table's migration.
 */
export async function tableExists(db: EntityManager, name: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`, [name])) as unknown[];
  return rows.length > 0;
}
