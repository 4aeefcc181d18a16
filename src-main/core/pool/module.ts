import { poolModule } from '../../contract/pool';
import { defineCoreModule } from '../module';
import { AssignmentEntity, AssignmentHistoryEntity, FeedbackEntity, SeriesEntity } from './assignment.entity';
import { seedPoolDemo } from './demo';
import { poolHandlers } from './handlers';
import { InterpreterEntity, InterpreterItemEntity, InterpreterLanguageEntity } from './interpreter.entity';
import { Pool1763900000000 } from './migrations/1763900000000-pool';
import { ContactEntity, RequesterEntity } from './requester.entity';
import { POOL_SETTINGS } from './settings';

/** The pool module as the core composes it. */
export const poolCoreModule = defineCoreModule({
  contract: poolModule,
  handlers: poolHandlers,
  // Referenced tables before those that reference them.
  entities: [
    InterpreterEntity,
    InterpreterLanguageEntity,
    InterpreterItemEntity,
    RequesterEntity,
    ContactEntity,
    SeriesEntity,
    AssignmentEntity,
    AssignmentHistoryEntity,
    FeedbackEntity,
  ],
  migrations: [Pool1763900000000],
  seedDemo: seedPoolDemo,
  settings: POOL_SETTINGS,
  personalData: [],
  retention: [],
  importTargets: [],
  indicators: [],
});
