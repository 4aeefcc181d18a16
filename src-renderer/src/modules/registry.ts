import type { ModuleId } from '../../../src-main/contract';
import { hotlineUi } from './hotline';
import { housingUi } from './housing';
import type { ModuleUi } from './module-ui';
import { poolUi } from './pool';

/** Every module's UI. The frame shows a module only to users whose roles serve it. */
export const MODULE_UIS: readonly ModuleUi[] = [poolUi, hotlineUi, housingUi];

export function moduleUi(id: ModuleId): ModuleUi | undefined {
  return MODULE_UIS.find((m) => m.id === id);
}
