import type { EntityManager } from 'typeorm';
import { BUILT_IN_STAGES, SIDE_STATES, type HousingSettings, type RentLimit } from '../../contract/housing';
import { AppError } from '../errors';
import { SettingEntity } from '../settings/setting.entity';

const KEY = 'housing.settings';

/**
 * Example values only, roughly in the range of published "Mietobergrenzen" for small towns in
 * NRW (bruttokalt). The installation must replace them with its benefits agency's table; the UI
 * says so while `rentLimitsAreExamples` is true.
 */
export const EXAMPLE_RENT_LIMITS: RentLimit[] = [
  { persons: 1, maxRentCents: 42_000, maxSizeSqm: 50 },
  { persons: 2, maxRentCents: 51_000, maxSizeSqm: 65 },
  { persons: 3, maxRentCents: 60_500, maxSizeSqm: 80 },
  { persons: 4, maxRentCents: 70_500, maxSizeSqm: 95 },
  { persons: 5, maxRentCents: 80_500, maxSizeSqm: 110 },
  { persons: 6, maxRentCents: 90_000, maxSizeSqm: 125 },
];

export const DEFAULT_SETTINGS: HousingSettings = {
  // Documents ready and searching may be skipped: a housing-company offer can go straight from
  // registered to a viewing (the seed's new-build project did exactly that).
  stages: BUILT_IN_STAGES.map((key) => ({ key, labels: {}, skippable: key === 'documentsReady' || key === 'searching' })),
  rentLimits: EXAMPLE_RENT_LIMITS,
  rentLimitsAreExamples: true,
  expiryWarningDays: 30,
  followUpWeeks: [4, 12],
};

export async function readHousingSettings(db: EntityManager): Promise<HousingSettings> {
  const row = await db.getRepository(SettingEntity).findOneBy({ key: KEY });
  return row ? { ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as Partial<HousingSettings>) } : DEFAULT_SETTINGS;
}

/**
 * The path may grow and be renamed, but the built-in stages keep their order and meaning (the
 * module acts on them: moved out closes the occupancy, lease signed plans the move date), and
 * the first, moved-out and last stages cannot be skipped.
 */
export function checkStagePath(settings: HousingSettings): void {
  const keys = settings.stages.map((s) => s.key);
  const builtIns = keys.filter((k) => (BUILT_IN_STAGES as readonly string[]).includes(k));
  const invalid =
    new Set(keys).size !== keys.length ||
    builtIns.join() !== BUILT_IN_STAGES.join() ||
    keys.some((k) => (SIDE_STATES as readonly string[]).includes(k)) ||
    keys[0] !== 'registered' ||
    keys[keys.length - 1] !== 'closed' ||
    settings.stages.some((s) => s.skippable && ['registered', 'movedOut', 'closed'].includes(s.key)) ||
    new Set(settings.rentLimits.map((r) => r.persons)).size !== settings.rentLimits.length;
  if (invalid) throw new AppError('INVALID_INPUT', 'stage path or rent table is not consistent');
}

/** Keeps stages that cases stand in: removing one would strand them. */
export async function writeHousingSettings(db: EntityManager, settings: HousingSettings): Promise<void> {
  checkStagePath(settings);
  const current = await readHousingSettings(db);
  const removed = current.stages.map((s) => s.key).filter((k) => !settings.stages.some((s) => s.key === k));
  if (removed.length > 0) {
    const inUse = await db.query(
      `SELECT COUNT(*) AS n FROM housing_case WHERE stage IN (${removed.map(() => '?').join(',')}) OR paused_from IN (${removed.map(() => '?').join(',')})`,
      [...removed, ...removed],
    );
    if (Number((inUse as { n: number }[])[0]?.n ?? 0) > 0) throw new AppError('IN_USE', 'cases stand in a removed stage');
  }
  const rentLimits = [...settings.rentLimits].sort((a, b) => a.persons - b.persons);
  await db.getRepository(SettingEntity).save({ key: KEY, value: JSON.stringify({ ...settings, rentLimits }) });
}

/** The limit for a household of n persons; beyond the table, the largest row's. */
export function rentLimitFor(limits: RentLimit[], persons: number): RentLimit | null {
  const sorted = [...limits].sort((a, b) => a.persons - b.persons);
  return sorted.find((r) => r.persons === persons) ?? sorted.filter((r) => r.persons <= persons).at(-1) ?? sorted[0] ?? null;
}
