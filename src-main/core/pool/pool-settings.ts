import type { EntityManager } from 'typeorm';
import type { PoolSettings } from '../../contract/pool';
import { SettingEntity } from '../settings/setting.entity';

const KEY = 'pool.settings';

/**
 * The pool's rules, all changeable by the coordinators. Fees are the published rule of a real
 * pool: 20 € for the first hour, 10 € per further started half hour, 0.28 €/km; a cancellation
 * less than 24 hours ahead pays the booked time up to one hour.
 */
export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  travelBufferMinutes: 30,
  mentalHealthNeedsPool: true,
  supervisionWithinMonths: 3,
  trainingWithinMonths: 12,
  firstHourCents: 2000,
  furtherHalfHourCents: 1000,
  kmCents: 28,
  lateCancelHours: 24,
  lateCancelPaidMinutes: 60,
  lowRatingThreshold: 3.5,
};

export async function readPoolSettings(db: EntityManager): Promise<PoolSettings> {
  const row = await db.getRepository(SettingEntity).findOneBy({ key: KEY });
  // Stored values win; defaults fill keys added by later versions.
  return { ...DEFAULT_POOL_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<PoolSettings>) : {}) };
}

export async function writePoolSettings(db: EntityManager, settings: PoolSettings): Promise<void> {
  await db.getRepository(SettingEntity).save({ key: KEY, value: JSON.stringify(settings) });
}
