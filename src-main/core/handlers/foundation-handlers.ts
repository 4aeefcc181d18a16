import type { ChannelName } from '../../contract';
import type { ModuleId } from '../../contract/modules';
import type { Handler } from '../router/context';
import { connectionHandlers } from './connection-handlers';
import { maintenanceHandlers } from './maintenance-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { tasksHandlers } from './tasks-handlers';
import { usersHandlers } from './users-handlers';

/** Reports and imports are made from the modules' descriptors, so composition.ts adds their handlers (reports/, imports/). */
type FoundationChannel = Exclude<ChannelName, `${ModuleId}.${string}` | `reports.${string}` | `imports.${string}`>;

/** The core's own channels; modules bring theirs in their descriptors. The type makes a missing one a compile error. */
export const foundationHandlers: { [C in FoundationChannel]: Handler<C> } = {
  ...sessionHandlers,
  ...connectionHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...maintenanceHandlers,
  ...tasksHandlers,
};
