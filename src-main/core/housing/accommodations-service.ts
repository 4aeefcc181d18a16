import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AccommodationView, accommodationInput } from '../../contract/housing';
import { claimVersion } from '../db/versioned';
import { addLocalDays, toLocalDate } from '../time/local-time';
import { AccommodationEntity, OccupancyEntity } from './accommodation.entity';

/** Live occupancy from open occupancies, and beds freed by move-outs, summed in SQL. */
export async function listAccommodations(db: EntityManager, now: Date, id?: number): Promise<AccommodationView[]> {
  const q = db
    .getRepository(AccommodationEntity)
    .createQueryBuilder('a')
    .leftJoin(OccupancyEntity.options.name, 'o', 'o.accommodationId = a.id')
    .select('a.id', 'id')
    .addSelect('a.version', 'version')
    .addSelect('a.name', 'name')
    .addSelect('a.address', 'address')
    .addSelect('a.units', 'units')
    .addSelect('a.beds', 'beds')
    .addSelect('COALESCE(SUM(CASE WHEN o.movedOutOn IS NULL THEN o.members END), 0)', 'occupied')
    .addSelect('COUNT(CASE WHEN o.movedOutOn IS NULL THEN o.id END)', 'households')
    .addSelect('COALESCE(SUM(CASE WHEN o.movedOutOn >= :since THEN o.members END), 0)', 'freedLast90Days')
    .setParameter('since', addLocalDays(toLocalDate(now), -90))
    .groupBy('a.id')
    .orderBy('a.name', 'ASC');
  if (id !== undefined) q.where('a.id = :id', { id });
  const rows = await q.getRawMany<Omit<AccommodationView, 'free'>>();
  // Sums may come back as text from other engines' drivers: read them as numbers.
  return rows.map((r) => ({
    ...r,
    version: Number(r.version),
    occupied: Number(r.occupied),
    free: Math.max(0, r.beds - Number(r.occupied)),
    households: Number(r.households),
    freedLast90Days: Number(r.freedLast90Days),
  }));
}

/** Creates (no id) or changes a shelter at the version it was loaded at (CONFLICT if a colleague saved since). */
export async function saveAccommodation(
  db: EntityManager,
  input: z.output<typeof accommodationInput>,
  actorId: number,
  now: Date,
): Promise<{ id: number; created: boolean }> {
  const { id, version, ...values } = input;
  const repo = db.getRepository(AccommodationEntity);
  const iso = now.toISOString();
  if (id === undefined) return { id: (await repo.save({ ...values, createdAt: iso, version: 1, updatedAt: iso, updatedBy: actorId })).id, created: true };
  await claimVersion(db, AccommodationEntity, { id }, version!, actorId, now);
  await repo.update({ id }, values);
  return { id, created: false };
}
