import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AUDIT_PAGE_SIZE, type AuditEntryView, type AuditFilter, type AuditPage } from '../../contract/audit';
import { countRows } from '../db/count-rows';
import { addLocalDays, fromLocalDateTime } from '../time/local-time';
import { displayNames } from '../users/display-names';
import { AuditEntryEntity, type AuditEntry } from './audit-entry.entity';

/** The record kinds each module's entries name (from the descriptors), for the module filter. */
export type AuditEntitiesByModule = ReadonlyMap<string, readonly string[]>;

/** The filtered trail, newest first. Dates are the installation's calendar days, both ends included. */
function filtered(db: EntityManager, filter: AuditFilter, byModule: AuditEntitiesByModule): SelectQueryBuilder<AuditEntry> {
  const q = db.getRepository(AuditEntryEntity).createQueryBuilder('e');
  if (filter.userId !== null) q.andWhere('e.userId = :userId', { userId: filter.userId });
  if (filter.action) q.andWhere('e.action = :action', { action: filter.action });
  if (filter.entity) q.andWhere('e.entity = :entity', { entity: filter.entity });
  if (filter.entityId) q.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
  if (filter.module) {
    // A module with no entries of its own still filters: to nothing.
    const entities = byModule.get(filter.module) ?? [];
    q.andWhere('e.entity IN (:...moduleEntities)', { moduleEntities: entities.length > 0 ? entities : ['-'] });
  }
  // `at` is an ISO instant in UTC, so text order is time order.
  if (filter.from) q.andWhere('e.at >= :from', { from: fromLocalDateTime(filter.from).toISOString() });
  if (filter.to) q.andWhere('e.at < :to', { to: fromLocalDateTime(addLocalDays(filter.to, 1)).toISOString() });
  return q.orderBy('e.id', 'DESC');
}

async function toViews(db: EntityManager, rows: AuditEntry[]): Promise<AuditEntryView[]> {
  const names = await displayNames(db, rows.map((r) => r.userId));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.userId,
    userName: r.userId === null ? null : (names.get(r.userId) ?? null),
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
  }));
}

export async function auditPage(db: EntityManager, filter: AuditFilter, offset: number, byModule: AuditEntitiesByModule): Promise<AuditPage> {
  const q = filtered(db, filter, byModule);
  // A year of a team's work is millions of entries: counted without reading them (count-rows.ts).
  const total = await countRows(q);
  const rows = await q.skip(offset).take(AUDIT_PAGE_SIZE).getMany();
  return { entries: await toViews(db, rows), total, offset };
}

/** Every entry the filter matches, newest first (exports). */
export async function auditEntries(db: EntityManager, filter: AuditFilter, byModule: AuditEntitiesByModule): Promise<AuditEntryView[]> {
  return toViews(db, await filtered(db, filter, byModule).getMany());
}

/** One record's entries, newest first: its history tab. */
export async function recordHistory(db: EntityManager, entity: string, entityId: number): Promise<AuditEntryView[]> {
  const rows = await db
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('e')
    .where('e.entity = :entity AND e.entityId = :entityId', { entity, entityId: String(entityId) })
    .orderBy('e.id', 'DESC')
    .getMany();
  return toViews(db, rows);
}
