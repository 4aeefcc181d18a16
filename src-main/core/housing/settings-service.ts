import { In, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { BUILT_IN_STAGES, housingRules, type HousingSettings, type HousingSettingsView, type RentLimit } from '../../contract/housing';
import { AppError } from '../errors';
import { defineSetting, readSetting, readSettingVersioned, writeSettingVersioned } from '../settings/settings-store';
import { MoveOutCaseEntity } from './move-out-case.entity';
import { checkStagePath } from './stage-path';

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

/** The installation's stage path, rent limits and reminders: one JSON value, read through the contract's schema. */
export const HOUSING_SETTINGS = defineSetting({
  key: 'housing.settings',
  // The save channel's rules; a key a later version drops is ignored when an old value is read.
  schema: z.object(housingRules.shape),
  defaults: {
    // Documents ready and searching may be skipped: a housing-company offer can go straight from
    // registered to a viewing (the seed's new-build project did exactly that).
    stages: BUILT_IN_STAGES.map((key) => ({ key, labels: {}, skippable: key === 'documentsReady' || key === 'searching' })),
    rentLimits: EXAMPLE_RENT_LIMITS,
    rentLimitsAreExamples: true,
    expiryWarningDays: 30,
    followUpWeeks: [4, 12],
  },
});

export function readHousingSettings(db: EntityManager): Promise<HousingSettings> {
  return readSetting(db, HOUSING_SETTINGS);
}

/** The settings page's rules with the version its save sends back. */
export async function housingSettingsView(db: EntityManager): Promise<HousingSettingsView> {
  const { value, version } = await readSettingVersioned(db, HOUSING_SETTINGS);
  return { ...value, version };
}

/**
 * Checks the path (stage-path.ts) and keeps stages that cases stand in: removing one would
 * strand them (IN_USE). Rent limits are stored by household size. Saved only over the version
 * the page loaded (CONFLICT naming who saved since).
 */
export async function writeHousingSettings(db: EntityManager, input: HousingSettingsView, actorId: number, now: Date): Promise<void> {
  const { version, ...settings } = input;
  checkStagePath(settings);
  const current = await readHousingSettings(db);
  const removed = current.stages.map((s) => s.key).filter((k) => !settings.stages.some((s) => s.key === k));
  if (removed.length > 0) {
    const inUse = await db.getRepository(MoveOutCaseEntity).count({ where: [{ stage: In(removed) }, { pausedFrom: In(removed) }] });
    if (inUse > 0) throw new AppError('IN_USE', 'cases stand in a removed stage');
  }
  const rentLimits = [...settings.rentLimits].sort((a, b) => a.persons - b.persons);
  await writeSettingVersioned(db, HOUSING_SETTINGS, { ...settings, rentLimits }, { version, actorId, now });
}
