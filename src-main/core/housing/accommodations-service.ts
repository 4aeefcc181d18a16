import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AccommodationView, accommodationInput } from '../../contract/housing';
import { AppError } from '../errors';
import { addLocalDays, toLocalDate } from '../time/local-time';
import { AccommodationEntity } from './accommodation.entity';

interface Row {
  id: number;
  name: string;
  address: string;
  units: number;
  beds: number;
  occupied: number;
  households: number;
  freed: number;
}

/** Live occupancy from open occupancies, and beds freed by move-outs, summed in SQL. */
export async function listAccommodations(db: EntityManager, now: Date, id?: number): Promise<AccommodationView[]> {
  const since = addLocalDays(toLocalDate(now), -90);
  const rows = (await db.query(
    `SELECT a.id, a.name, a.address, a.units, a.beds,
       COALESCE(SUM(CASE WHEN o.moved_out_on IS NULL THEN o.members END), 0) AS occupied,
       COUNT(CASE WHEN o.moved_out_on IS NULL THEN o.id END) AS households,
       COALESCE(SUM(CASE WHEN o.moved_out_on >= ? THEN o.members END), 0) AS freed
     FROM housing_accommodation a LEFT JOIN housing_occupancy o ON o.accommodation_id = a.id
     ${id === undefined ? '' : 'WHERE a.id = ?'}
     GROUP BY a.id ORDER BY a.name`,
    id === undefined ? [since] : [since, id],
  )) as Row[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    address: r.address,
    units: r.units,
    beds: r.beds,
    occupied: Number(r.occupied),
    free: Math.max(0, r.beds - Number(r.occupied)),
    households: Number(r.households),
    freedLast90Days: Number(r.freed),
  }));
}

export async function saveAccommodation(db: EntityManager, input: z.output<typeof accommodationInput>, now: Date): Promise<{ id: number; created: boolean }> {
  const { id, ...values } = input;
  const repo = db.getRepository(AccommodationEntity);
  if (id === undefined) return { id: (await repo.save({ ...values, createdAt: now.toISOString() })).id, created: true };
  if (!(await repo.findOneBy({ id }))) throw new AppError('NOT_FOUND');
  await repo.update({ id }, values);
  return { id, created: false };
}
