import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Installation, InstallationSettings, ModuleId } from '../../contract';
import { moduleId } from '../../contract';
import { organisationName } from '../../contract/fields';
import { defineSetting, readSetting, readSettingVersioned, writeSetting, writeSettingVersioned } from './settings-store';

const ORGANISATION = defineSetting({ key: 'organisation.name', schema: organisationName.or(z.literal('')), defaults: '' });
// Unknown ids (a module a later version removed) are dropped rather than failing the whole list.
const MODULES = defineSetting({
  key: 'installation.modules',
  schema: z.array(z.string()).transform((ids) => ids.filter((id): id is ModuleId => moduleId.safeParse(id).success)),
  defaults: [] as ModuleId[],
});

/** The modules switched on; the router asks this on every module call, so it reads only that. */
export async function readEnabledModules(db: EntityManager): Promise<ModuleId[]> {
  return readSetting(db, MODULES);
}

export async function readInstallation(db: EntityManager): Promise<Installation> {
  return {
    organisationName: await readSetting(db, ORGANISATION),
    modules: await readEnabledModules(db),
  };
}

export async function writeInstallation(db: EntityManager, installation: Installation): Promise<void> {
  await writeSetting(db, ORGANISATION, installation.organisationName);
  await writeSetting(db, MODULES, [...new Set(installation.modules)]);
}

/**
 * The organisation page: name and modules are one form, so they carry one version, kept on the
 * organisation's name (every save of the page claims it, whatever changed).
 */
export async function readInstallationSettings(db: EntityManager): Promise<InstallationSettings> {
  const organisation = await readSettingVersioned(db, ORGANISATION);
  return { organisationName: organisation.value, modules: await readEnabledModules(db), version: organisation.version };
}

/** Saves the organisation page if nobody saved it since it was loaded (CONFLICT otherwise). */
export async function writeInstallationSettings(db: EntityManager, input: InstallationSettings, actorId: number, now: Date): Promise<void> {
  await writeSettingVersioned(db, ORGANISATION, input.organisationName, { version: input.version, actorId, now });
  await writeSetting(db, MODULES, [...new Set(input.modules)]);
}
