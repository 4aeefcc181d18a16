import { verifyAuditChain } from '../audit/audit-log';
import { checkIntegrity } from '../db/open-database';
import type { Handler } from '../router/context';

export const maintenanceHandlers: {
  'maintenance.verify': Handler<'maintenance.verify'>;
} = {
  'maintenance.verify': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const database = checkIntegrity(ctx.session.host.db);
    const chain = await verifyAuditChain(db);
    const anchor = await ctx.session.host.verifyAnchor(db);
    const auditResult = { ...chain, ...anchor, intact: chain.intact && anchor.anchor === 'matches' };
    await audit({
      action: 'verify',
      entity: 'database',
      details: { databaseOk: database.ok, auditIntact: auditResult.intact, auditEntries: auditResult.entries, auditAnchor: auditResult.anchor },
    });
    return { database, audit: auditResult };
  },
};
