import type { ModuleId } from '../../../src-main/contract';
import { hotlineUi } from './hotline';
import { housingUi } from './housing';
import type { ModuleUi } from './module-ui';
import { poolUi } from './pool';

/**
 * Every module's UI, one per module of the contract: the type makes a missing one a compile
 * error. The frame shows a module only to users whose roles serve it.
 */
const UI_BY_MODULE: { readonly [Id in ModuleId]: ModuleUi<Id> } = {
  pool: poolUi,
  hotline: hotlineUi,
  housing: housingUi,
};

export const MODULE_UIS: readonly ModuleUi[] = Object.values(UI_BY_MODULE);

export function moduleUi(id: ModuleId): ModuleUi | undefined {
  return UI_BY_MODULE[id];
}
