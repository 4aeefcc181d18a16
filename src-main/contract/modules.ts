import { z } from 'zod';
import { hotlineModule } from './hotline';
import { housingModule } from './housing';
import type { ModuleContract } from './module-contract';
import { poolModule } from './pool';
import type { Role } from './roles';

/**
 * Every module of the contract. Adding a module adds one line here, one in the core's list
 * (core/modules.ts) and one in the renderer's (src-renderer/src/modules/registry.ts).
 */
export const MODULE_CONTRACTS = [poolModule, hotlineModule, housingModule] as const;

export type ModuleId = (typeof MODULE_CONTRACTS)[number]['id'];
export const MODULES = MODULE_CONTRACTS.map((m) => m.id) as [ModuleId, ...ModuleId[]];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** All modules' channel maps as one object type. */
export type ModuleChannels = UnionToIntersection<(typeof MODULE_CONTRACTS)[number]['channels']>;

export const moduleId = z.enum(MODULES);
export const modules = z.array(moduleId).min(1, { error: 'validation:modulesRequired' });

export function moduleContract(id: ModuleId): ModuleContract {
  return MODULE_CONTRACTS.find((m) => m.id === id) as ModuleContract;
}

/** The module a channel belongs to (`pool.assignmentGet` → pool), or null for the core's own channels. */
export function moduleOfChannel(channel: string): ModuleId | null {
  const domain = channel.slice(0, channel.indexOf('.'));
  return (MODULES as readonly string[]).includes(domain) ? (domain as ModuleId) : null;
}

/** Modules a user may open: the installation's modules that one of their roles serves. */
export function modulesForRoles(roles: readonly Role[], enabled: readonly ModuleId[]): ModuleId[] {
  return enabled.filter((id) => moduleContract(id).roles.some((r) => roles.includes(r)));
}

/** Every task kind of every module. */
export const TASK_KINDS: readonly string[] = MODULE_CONTRACTS.flatMap((m) => m.taskKinds);
