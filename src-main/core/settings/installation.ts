import type { EntityManager } from 'typeorm';
import type { Installation, ModuleId } from '../../contract';
import { SettingEntity } from './setting.entity';

const ORGANISATION = 'organisation.name';
const MODULES_KEY = 'installation.modules';

async function read<T>(db: EntityManager, key: string, fallback: T): Promise<T> {
  const row = await db.getRepository(SettingEntity).findOneBy({ key });
  return row ? (JSON.parse(row.value) as T) : fallback;
}

async function write(db: EntityManager, key: string, value: unknown): Promise<void> {
  await db.getRepository(SettingEntity).save({ key, value: JSON.stringify(value) });
}

/** The modules switched on; the router asks this on every module call, so it reads only that. */
export async function readEnabledModules(db: EntityManager): Promise<ModuleId[]> {
  return read<ModuleId[]>(db, MODULES_KEY, []);
}

export async function readInstallation(db: EntityManager): Promise<Installation> {
  return {
    organisationName: await read(db, ORGANISATION, ''),
    modules: await readEnabledModules(db),
  };
}

export async function writeInstallation(db: EntityManager, installation: Installation): Promise<void> {
  await write(db, ORGANISATION, installation.organisationName);
  await write(db, MODULES_KEY, [...new Set(installation.modules)]);
}
