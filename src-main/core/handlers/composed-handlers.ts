import type { EntityManager } from 'typeorm';
import type { CoreModule } from '../module';
import type { Handler } from '../router/context';
import { auditHandlers } from './audit-handlers';
import { backupHandlers } from './backup-handlers';
import { privacyHandlers } from './privacy-handlers';
import { restrictionHandlers } from './restriction-handlers';
import { readLedgerFile } from '../privacy/ledger-file';
import { reapplyLedger } from '../privacy/erasure';
import { reapplyRetentionLedger } from '../privacy/retention';
import type { ComposedChannel } from './foundation-handlers';

/**
 * The core's own channels that work across the modules the installation is composed of (the
 * audit viewer's module filter, subject access, erasure, retention): built from the descriptors,
 * so a test composing fewer modules gets exactly those.
 */
export function composedHandlers(modules: readonly CoreModule[]): { [C in ComposedChannel]: Handler<C> } {
  return {
    ...auditHandlers(modules),
    ...backupHandlers(reapplyErasuresFor(modules)),
    ...privacyHandlers(modules),
    ...restrictionHandlers(modules),
  };
}

/** What a restore runs before anyone sees data: the restored ledger plus the newer one beside the backups. */
export function reapplyErasuresFor(modules: readonly CoreModule[]) {
  return async (db: EntityManager, backupKey: Buffer, backupFolder: string): Promise<number> => {
    const newer = readLedgerFile(backupFolder, backupKey);
    const now = new Date();
    const erased = await reapplyLedger(db, modules, newer === 'unreadable' ? null : newer, now);
    return erased + (await reapplyRetentionLedger(db, modules, now));
  };
}
