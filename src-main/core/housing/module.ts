import { housingModule } from '../../contract/housing';
import { defineCoreModule } from '../module';
import { seedHousingDemo } from './demo';
import { housingHandlers } from './handlers';
import { HOUSING_ENTITIES, HOUSING_MIGRATIONS } from './schema';

/** The housing module as the core composes it. */
export const housingCoreModule = defineCoreModule({
  contract: housingModule,
  handlers: housingHandlers,
  entities: HOUSING_ENTITIES,
  migrations: HOUSING_MIGRATIONS,
  seedDemo: seedHousingDemo,
  personalData: [],
  retention: [],
  importTargets: [],
  indicators: [],
});
