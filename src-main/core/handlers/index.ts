import type { Handlers } from '../router/context';
import { maintenanceHandlers } from './maintenance-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { tasksHandlers } from './tasks-handlers';
import { poolHandlers } from '../pool/handlers';
import { hotlineHandlers } from '../hotline/handlers';
import { housingHandlers } from '../housing/handlers';
import { usersHandlers } from './users-handlers';

/** Every channel of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...maintenanceHandlers,
  ...tasksHandlers,
  ...poolHandlers,
  ...hotlineHandlers,
  ...housingHandlers,
};
