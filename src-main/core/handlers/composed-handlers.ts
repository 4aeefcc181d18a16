import type { CoreModule } from '../module';
import type { Handler } from '../router/context';
import { auditHandlers } from './audit-handlers';
import { backupHandlers } from './backup-handlers';
import type { ComposedChannel } from './foundation-handlers';

/**
 * The core's own channels that work across the modules the installation is composed of (the
 * audit viewer's module filter, subject access, erasure, retention): built from the descriptors,
 * so a test composing fewer modules gets exactly those.
 */
export function composedHandlers(modules: readonly CoreModule[]): { [C in ComposedChannel]: Handler<C> } {
  return { ...auditHandlers(modules), ...backupHandlers(async () => 0) };
}
