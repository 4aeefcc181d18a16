import { IsNull, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RestrictableRecord, RestrictionView } from '../../contract';
import { countRows } from '../db/count-rows';
import { AppError } from '../errors';
import type { CoreModule } from '../module';
import type { User } from '../users/user.entity';
import { displayNames } from '../users/display-names';
import { RestrictionEntity, type Restriction } from './restriction.entity';

const restrictions = (db: EntityManager) => db.getRepository(RestrictionEntity);

/** The ids of `recordType` restricted now, as a subquery (`privacy_restriction_in_force` answers it from its index). */
function restrictedIds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, param: string): string {
  return qb.subQuery().select('r.recordId').from(RestrictionEntity, 'r').where(`r.recordType = :${param}`).andWhere('r.liftedAt IS NULL').getQuery();
}

/**
 * Leaves restricted records out of a list, search, matching or drill-down query over `alias`
 * (whose `id` is the record's id). Counts and indicators do not call this: they keep counting.
 * A list's total comes from `countWithoutRestricted`, not from this query.
 */
export function withoutRestricted<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, alias: string, recordType: RestrictableRecord): SelectQueryBuilder<T> {
  const param = `restricted_${alias}`;
  return q.andWhere((qb) => `${alias}.id NOT IN ${restrictedIds(qb, param)}`).setParameter(param, recordType);
}

/**
 * How many rows `q` (a list's filter, without `withoutRestricted`) finds once restricted records
 * are left out. Not by counting with NOT IN: that makes SQLite visit every row to test it (17 ms
 * for 250,000 assignments, most of a list call), where a table or an index range alone is counted
 * without reading rows. So all rows, less the restricted ones among them, which SQLite finds by
 * walking the few restrictions in force and looking each record up by id.
 */
export async function countWithoutRestricted<T extends ObjectLiteral>(q: SelectQueryBuilder<T>, alias: string, recordType: RestrictableRecord): Promise<number> {
  const param = `restricted_${alias}`;
  const all = await countRows(q);
  if (all === 0) return 0;
  const restricted = await countRows(q.clone().andWhere((qb) => `${alias}.id IN ${restrictedIds(qb, param)}`).setParameter(param, recordType));
  return all - restricted;
}

export async function restrictionInForce(db: EntityManager, recordType: RestrictableRecord, recordId: number): Promise<Restriction | null> {
  return restrictions(db).findOneBy({ recordType, recordId, liftedAt: IsNull() });
}

/** Refuses to use a restricted record (matching, proposing): it is kept, not processed. */
export async function refuseIfRestricted(db: EntityManager, recordType: RestrictableRecord, recordId: number): Promise<void> {
  if (await restrictionInForce(db, recordType, recordId)) throw new AppError('RECORD_RESTRICTED');
}

export async function restrictionView(db: EntityManager, r: Restriction): Promise<RestrictionView> {
  const names = await displayNames(db, [r.restrictedBy]);
  return { recordType: r.recordType as RestrictableRecord, recordId: r.recordId, reason: r.reason, since: r.restrictedAt, byName: names.get(r.restrictedBy) ?? null };
}

/**
 * Which module owns a kind of record and its table, from the descriptors (`restrictable`); the
 * record must exist. Only admins and the module's working roles may mark or lift.
 */
export async function owningModule(db: EntityManager, modules: readonly CoreModule[], actor: User, recordType: RestrictableRecord, recordId: number): Promise<CoreModule> {
  const module = modules.find((m) => m.restrictable?.some((r) => r.recordType === recordType));
  if (!module) throw new AppError('NOT_FOUND', 'record type');
  if (!actor.roles.includes('admin') && !actor.roles.some((role) => module.contract.roles.includes(role))) throw new AppError('FORBIDDEN');
  const declared = module.restrictable!.find((r) => r.recordType === recordType)!;
  const exists = await db.createQueryBuilder().select('1').from(declared.table, 't').where('t.id = :recordId', { recordId }).getRawOne();
  if (!exists) throw new AppError('NOT_FOUND');
  return module;
}

export async function restrict(db: EntityManager, module: CoreModule, recordType: RestrictableRecord, recordId: number, reason: string, actorId: number, now: Date): Promise<Restriction> {
  if (await restrictionInForce(db, recordType, recordId)) throw new AppError('CONFLICT', 'already restricted');
  return restrictions(db).save({ module: module.contract.id, recordType, recordId, reason, restrictedAt: now.toISOString(), restrictedBy: actorId, liftedAt: null, liftedBy: null });
}

export async function liftRestriction(db: EntityManager, recordType: RestrictableRecord, recordId: number, actorId: number, now: Date): Promise<Restriction> {
  const current = await restrictionInForce(db, recordType, recordId);
  if (!current) throw new AppError('NOT_FOUND', 'no restriction in force');
  await restrictions(db).update({ id: current.id }, { liftedAt: now.toISOString(), liftedBy: actorId });
  return current;
}
