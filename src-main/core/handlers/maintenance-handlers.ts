import { verifyAuditChain } from '../audit/audit-log';
import { checkIntegrity } from '../db/open-database';
import type { Handler } from '../router/context';

export const maintenanceHandlers: {
  'maintenance.verify': Handler<'maintenance.verify'>;
} = {
  'maintenance.verify': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const database = checkIntegrity(ctx.session.host.db);
    const auditResult = await verifyAuditChain(db);
    await audit({
      action: 'verify',
      entity: 'database',
      details: { databaseOk: database.ok, auditIntact: auditResult.intact, auditEntries: auditResult.entries },
    });
    return { database, audit: auditResult };
  },
};
