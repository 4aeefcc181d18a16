import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors';
import { displayNames } from '../users/display-names';
import type { VersionFields } from './version-columns';

export { VERSION_COLUMNS, versionColumnsSql, type VersionFields } from './version-columns';

/**
 * Optimistic concurrency for records two colleagues may edit at once. Every editable record has
 * `version` (1 when created), `updated_at` and `updated_by`. A save names the version it was
 * loaded at; `claimVersion` moves the record to the next version only if nobody saved since, and
 * otherwise refuses with CONFLICT naming who changed it and when — never a silent overwrite.
 * Call it first in the write transaction: the caller's other changes roll back with a refusal.
 */
export async function claimVersion<T extends ObjectLiteral & VersionFields>(
  db: EntityManager,
  target: EntityTarget<T>,
  where: Partial<T>,
  expected: number,
  actorId: number,
  now: Date,
): Promise<number> {
  const repository = db.getRepository(target);
  const result = await repository
    .createQueryBuilder()
    .update()
    .set({ version: () => 'version + 1', updatedAt: now.toISOString(), updatedBy: actorId } as never)
    .where({ ...where, version: expected })
    .execute();
  if (result.affected === 1) return expected + 1;
  const current = await repository.findOne({ where: where as never });
  if (!current) throw new AppError('NOT_FOUND');
  const name = current.updatedBy === null ? null : ((await displayNames(db, [current.updatedBy])).get(current.updatedBy) ?? null);
  throw new AppError('CONFLICT', 'changed since it was loaded', { changedBy: name, changedAt: current.updatedAt || null });
}
