import { poolModule } from '../../contract/pool';
import { defineCoreModule } from '../module';
import { seedPoolDemo } from './demo';
import { poolHandlers } from './handlers';
import { POOL_ENTITIES, POOL_MIGRATIONS } from './schema';

/** The pool module as the core composes it. */
export const poolCoreModule = defineCoreModule({
  contract: poolModule,
  handlers: poolHandlers,
  entities: POOL_ENTITIES,
  migrations: POOL_MIGRATIONS,
  seedDemo: seedPoolDemo,
  personalData: [],
  retention: [],
  importTargets: [],
  indicators: [],
});
