import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { claimVersion } from '../db/versioned';
import { createLogger } from '../log';
import { SettingEntity, type Setting } from './setting.entity';

const log = createLogger('settings');

/** One installation-wide setting: its key, the schema every stored value must meet, and its default. */
export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  readonly key: string;
  readonly schema: S;
  readonly defaults: z.output<S>;
}

export function defineSetting<S extends z.ZodType>(definition: SettingDefinition<S>): SettingDefinition<S> {
  return definition;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a setting through its schema. Stored values win; for an object, the defaults fill keys a
 * later version added. A stored value the schema refuses (hand-edited, or left by a bug) is
 * logged by key and replaced by the default rather than trusted.
 */
export async function readSetting<S extends z.ZodType>(db: EntityManager, definition: SettingDefinition<S>): Promise<z.output<S>> {
  return parseStored(definition, await db.getRepository(SettingEntity).findOneBy({ key: definition.key }));
}

/**
 * A setting as a settings page loads it: the value and the version it is at, which the page sends
 * back with its save (writeSettingVersioned). A setting never saved is its defaults, version 1.
 */
export async function readSettingVersioned<S extends z.ZodType>(
  db: EntityManager,
  definition: SettingDefinition<S>,
): Promise<{ value: z.output<S>; version: number }> {
  const row = await db.getRepository(SettingEntity).findOneBy({ key: definition.key });
  return { value: parseStored(definition, row), version: row?.version ?? 1 };
}

function parseStored<S extends z.ZodType>(definition: SettingDefinition<S>, row: Setting | null): z.output<S> {
  if (!row) return definition.defaults;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    stored = undefined;
  }
  const candidate = isPlainObject(stored) && isPlainObject(definition.defaults) ? { ...definition.defaults, ...stored } : stored;
  const parsed = definition.schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  log.warn(`stored value of ${definition.key} does not match its schema; using the default`);
  return definition.defaults;
}

/** Writes a setting after checking it against its schema (a value that fails is a bug: it throws). */
export async function writeSetting<S extends z.ZodType>(db: EntityManager, definition: SettingDefinition<S>, value: z.input<S>): Promise<z.output<S>> {
  const parsed = definition.schema.parse(value);
  await db.getRepository(SettingEntity).save({ key: definition.key, value: JSON.stringify(parsed) });
  return parsed;
}

/**
 * Writes a setting edited on a settings page, if nobody saved it since the page loaded it at
 * `expected.version`; otherwise CONFLICT naming who did (db/versioned.ts) and nothing is written.
 * Returns the version the setting is at now.
 */
export async function writeSettingVersioned<S extends z.ZodType>(
  db: EntityManager,
  definition: SettingDefinition<S>,
  value: z.input<S>,
  expected: { version: number; actorId: number; now: Date },
): Promise<number> {
  const parsed = definition.schema.parse(value);
  const settings = db.getRepository(SettingEntity);
  // Never saved: the defaults the page showed are version 1, so the claim has a row to move on.
  if (!(await settings.existsBy({ key: definition.key }))) {
    await settings.insert({ key: definition.key, value: JSON.stringify(definition.defaults), version: 1, updatedAt: '', updatedBy: null });
  }
  const version = await claimVersion(db, SettingEntity, { key: definition.key }, expected.version, expected.actorId, expected.now);
  await settings.update({ key: definition.key }, { value: JSON.stringify(parsed) });
  return version;
}
