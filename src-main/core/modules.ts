import type { ModuleId } from '../contract';
import { hotlineCoreModule } from './hotline/module';
import { housingCoreModule } from './housing/module';
import type { CoreModule } from './module';
import { poolCoreModule } from './pool/module';

/**
 * Every module of the core, one per module of the contract: the type makes a missing one a
 * compile error. Adding a module adds one line here, one in contract/modules.ts and one in the
 * renderer's registry (src-renderer/src/modules/registry.ts).
 */
const CORE_MODULE_BY_ID: { readonly [Id in ModuleId]: CoreModule & { contract: { id: Id } } } = {
  pool: poolCoreModule,
  hotline: hotlineCoreModule,
  housing: housingCoreModule,
};

/** In the order of the contract's list, which is the order of their migrations. */
export const CORE_MODULES: readonly CoreModule[] = Object.values(CORE_MODULE_BY_ID);
