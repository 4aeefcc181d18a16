import type { ChannelName } from '../../contract';
import type { ModuleId } from '../../contract/modules';
import type { Handler } from '../router/context';
import type { AuditChannel } from './audit-handlers';
import type { BackupChannel } from './backup-handlers';
import type { PrivacyChannel } from './privacy-handlers';
import type { RestrictionChannel } from './restriction-handlers';
import { connectionHandlers } from './connection-handlers';
import { maintenanceHandlers } from './maintenance-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { tasksHandlers } from './tasks-handlers';
import { usersHandlers } from './users-handlers';

/**
 * Channels whose handlers need the composed modules; composition.ts adds them: audit, backup and
 * privacy, restriction (audit-handlers.ts and siblings), reports and imports (reports/, imports/).
 */
export type ComposedChannel = AuditChannel | BackupChannel | PrivacyChannel | RestrictionChannel;
type FoundationChannel = Exclude<ChannelName, `${ModuleId}.${string}` | ComposedChannel | `reports.${string}` | `imports.${string}`>;

/** The core's own channels; modules bring theirs in their descriptors. The type makes a missing one a compile error. */
export const foundationHandlers: { [C in FoundationChannel]: Handler<C> } = {
  ...sessionHandlers,
  ...connectionHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...maintenanceHandlers,
  ...tasksHandlers,
};
