import { CHANNEL_NAMES, MODULE_CONTRACTS } from '../contract';
import { FOUNDATION_SCHEMA } from './db/foundation-schema';
import type { DatabaseSchema } from './db/open-database';
import { composedHandlers } from './handlers/composed-handlers';
import { foundationHandlers } from './handlers/foundation-handlers';
import type { CoreModule } from './module';
import { importsHandlers } from './imports/handlers';
import { reportsHandlers } from './reports/handlers';
import { CORE_MODULES } from './modules';
import type { Handlers } from './router/context';

export interface Composition {
  modules: readonly CoreModule[];
  schema: DatabaseSchema;
  handlers: Handlers;
}

/**
 * Gathers the core from the foundation and the module descriptors, and refuses an inconsistent
 * set at start-up rather than at the first call: a contract module without a core module, a
 * channel with no handler or two, a migration name used twice.
 */
export function compose(modules: readonly CoreModule[]): Composition {
  for (const contract of MODULE_CONTRACTS) {
    const found = modules.filter((m) => m.contract.id === contract.id).length;
    if (found !== 1) throw new Error(`composition: module ${contract.id} has ${found} core descriptors`);
  }
  const handlers: Record<string, unknown> = { ...foundationHandlers, ...composedHandlers(modules), ...reportsHandlers(modules) };
  // Imports save each row through its module's own handler, looked up once all are gathered.
  Object.assign(handlers, importsHandlers(modules, (name) => handlers[name] as never));
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module.handlers)) {
      if (name in handlers) throw new Error(`composition: channel ${name} has two handlers`);
      handlers[name] = handler;
    }
  }
  const missing = CHANNEL_NAMES.filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`composition: no handler for ${missing.join(', ')}`);
  const extra = Object.keys(handlers).filter((name) => !(CHANNEL_NAMES as readonly string[]).includes(name));
  if (extra.length > 0) throw new Error(`composition: handlers without a channel: ${extra.join(', ')}`);

  // TypeORM runs migrations in the order of their timestamps; listing them so keeps every view
  // of "the migrations in order" (tests, the newer-schema check) the same as what runs.
  const timestamp = (M: DatabaseSchema['migrations'][number]) => Number(/(\d{13})$/.exec(new M().name ?? M.name)?.[1] ?? 0);
  const schema: DatabaseSchema = {
    entities: [...FOUNDATION_SCHEMA.entities, ...modules.flatMap((m) => m.entities)],
    migrations: [...FOUNDATION_SCHEMA.migrations, ...modules.flatMap((m) => m.migrations)].sort((a, b) => timestamp(a) - timestamp(b)),
  };
  const names = schema.migrations.map((M) => new M().name ?? M.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`composition: migration ${twice.join(', ')} listed twice`);
  return { modules, schema, handlers: handlers as Handlers };
}

/** The application as shipped: the foundation and every module. */
export const APP: Composition = compose(CORE_MODULES);
