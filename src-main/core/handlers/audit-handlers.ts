import { HISTORY_ENTITIES, moduleContract } from '../../contract';
import { AppError } from '../errors';
import { auditCsv, auditWorkbook } from '../audit/audit-export';
import { auditEntries, auditPage, recordHistory, type AuditEntitiesByModule } from '../audit/audit-query';
import type { CoreModule } from '../module';
import type { Handler } from '../router/context';
import { readEnabledModules } from '../settings/installation';
import { toLocalDate } from '../time/local-time';

export type AuditChannel = 'audit.list' | 'audit.export' | 'audit.history';

/**
 * The audit viewer. Looking at the trail is itself recorded (who looked, with which filter), so
 * an officer can see who searched the trail; an export names its format and row count.
 */
export function auditHandlers(modules: readonly CoreModule[]): { [C in AuditChannel]: Handler<C> } {
  const byModule: AuditEntitiesByModule = new Map(modules.map((m) => [m.contract.id, m.auditEntities]));
  return {
    'audit.list': async ({ filter, offset }, ctx) => {
      const { db, audit } = ctx.signedIn();
      const page = await auditPage(db, filter, offset, byModule);
      await audit({ action: 'list', entity: 'audit', details: { ...filter, offset, count: page.total } });
      return page;
    },
    'audit.export': async ({ filter, format }, ctx) => {
      const { db, audit } = ctx.signedIn();
      const entries = await auditEntries(db, filter, byModule);
      const now = ctx.clock.now();
      const fileName = `protokoll-${toLocalDate(now)}.${format}`;
      const file = format === 'csv' ? auditCsv(entries, fileName) : await auditWorkbook(entries, now, fileName);
      await audit({ action: 'export', entity: 'audit', details: { ...filter, format, count: entries.length } });
      return file;
    },
    'audit.history': async ({ entity, entityId }, ctx) => {
      const { db, actor, audit } = ctx.signedIn();
      const module = HISTORY_ENTITIES[entity];
      const serves = moduleContract(module).roles.some((r) => actor.roles.includes(r));
      if (!actor.roles.includes('admin') && !serves) throw new AppError('FORBIDDEN');
      if (!(await readEnabledModules(db)).includes(module)) throw new AppError('MODULE_DISABLED');
      const entries = await recordHistory(db, entity, entityId);
      await audit({ action: 'view', entity, entityId, details: { history: true, count: entries.length } });
      return entries;
    },
  };
}
