import type { ChannelSpec } from './channel';
import type { Role } from './roles';

/**
 * What a module declares in the contract, the part the renderer may see (zod and types only):
 * its id, the working roles that serve it, its channels and the kinds of task it puts on the
 * shared task list. The core's descriptor (core/<module>/module.ts) adds handlers, tables and
 * the hooks of the cross-cutting features; the renderer's (src-renderer/src/modules/<module>)
 * adds pages. Every channel of a module is named `<id>.<verb>` and is refused with
 * MODULE_DISABLED while the installation has the module switched off.
 */
export interface ModuleContract<Id extends string = string, Channels extends Record<string, ChannelSpec> = Record<string, ChannelSpec>> {
  readonly id: Id;
  /** Working roles that serve the module; `reporting` and `admin` span modules and are never listed. */
  readonly roles: readonly Role[];
  readonly channels: Channels;
  /** Kinds of task the module creates on the core's one task list, each `<id>.<what>`. */
  readonly taskKinds: readonly string[];
}

/** Checks at load time what the types cannot: every channel and task kind carries the module's id. */
export function defineModuleContract<const Id extends string, const Channels extends Record<string, ChannelSpec>>(
  module: ModuleContract<Id, Channels>,
): ModuleContract<Id, Channels> {
  const prefix = `${module.id}.`;
  const foreign = [...Object.keys(module.channels), ...module.taskKinds].filter((name) => !name.startsWith(prefix));
  if (foreign.length > 0) throw new Error(`module ${module.id}: ${foreign.join(', ')} must start with "${prefix}"`);
  if (module.roles.some((r) => r === 'admin' || r === 'reporting')) throw new Error(`module ${module.id}: admin and reporting span modules`);
  return module;
}
