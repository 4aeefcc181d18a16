import { hotlineModule } from '../../contract/hotline';
import { defineCoreModule } from '../module';
import { seedHotlineDemo } from './demo';
import { hotlineHandlers } from './handlers';
import { HOTLINE_ENTITIES, HOTLINE_MIGRATIONS } from './schema';

/** The hotline module as the core composes it. */
export const hotlineCoreModule = defineCoreModule({
  contract: hotlineModule,
  handlers: hotlineHandlers,
  entities: HOTLINE_ENTITIES,
  migrations: HOTLINE_MIGRATIONS,
  seedDemo: seedHotlineDemo,
  personalData: [],
  retention: [],
  importTargets: [],
  indicators: [],
});
