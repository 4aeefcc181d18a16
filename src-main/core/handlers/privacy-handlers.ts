import { appendAudit } from '../audit/audit-log';
import { compactErased, enableSecureDelete } from '../db/personal-data-sql';
import { textDownload } from '../exports/file-download';
import type { CoreModule } from '../module';
import { eraseClient } from '../privacy/erasure';
import { applyPurge, purgePlan, retentionView, saveRetention } from '../privacy/retention';
import { subjectReport } from '../privacy/subject-access';
import type { CallContext, Handler } from '../router/context';
import { readEnabledModules } from '../settings/installation';
import { toLocalDate } from '../time/local-time';

export type PrivacyChannel = 'privacy.erase' | 'privacy.subjectSearch' | 'privacy.subjectExport' | 'privacy.retentionGet' | 'privacy.retentionSave' | 'privacy.purgeDryRun' | 'privacy.purgeApply';

/**
 * Data-subject rights across the modules the installation runs: access (search, JSON export) and
 * erasure. The audit records that they happened, for which modules and how many records — never
 * the reference itself.
 */
export function privacyHandlers(modules: readonly CoreModule[]): { [C in PrivacyChannel]: Handler<C> } {
  const chosen = async (ctx: CallContext, wanted: readonly string[]) => {
    const enabled = await readEnabledModules(ctx.signedIn().db);
    return modules.filter((m) => wanted.includes(m.contract.id) && (enabled as readonly string[]).includes(m.contract.id));
  };
  const installed = async (ctx: CallContext) => chosen(ctx, modules.map((m) => m.contract.id));
  return {
    'privacy.retentionGet': async (_input, ctx) => retentionView(ctx.signedIn().db, await installed(ctx)),
    'privacy.retentionSave': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const reached = await installed(ctx);
      await saveRetention(db, reached, input);
      await audit({ action: 'update', entity: 'retentionSettings', details: { paused: input.paused, months: Object.fromEntries(input.classes.map((c) => [c.id, c.months])) } });
      return retentionView(db, reached);
    },
    'privacy.purgeDryRun': async (_input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const plan = await purgePlan(db, await installed(ctx), ctx.clock.now());
      await audit({ action: 'purge', entity: 'retention', details: { dryRun: true, paused: plan.paused, rows: Object.fromEntries(plan.classes.map((c) => [c.id, c.count])) } });
      return plan;
    },
    'privacy.purgeApply': async (_input, ctx) => {
      const { actor } = ctx.signedIn();
      const host = ctx.session.host;
      const now = ctx.clock.now();
      const reached = await installed(ctx);
      enableSecureDelete(host.db);
      const plan = await host.db.transaction(async (db) => {
        const p = await applyPurge(db, reached, now);
        await appendAudit(db, { userId: actor.id, action: 'purge', entity: 'retention', details: { dryRun: false, paused: p.paused, rows: Object.fromEntries(p.classes.map((c) => [c.id, c.count])) } }, now);
        return p;
      });
      if (!plan.paused) compactErased(host.db);
      return plan;
    },
    'privacy.erase': async (input, ctx) => {
      const { actor } = ctx.signedIn();
      const host = ctx.session.host;
      const now = ctx.clock.now();
      const reached = await chosen(ctx, input.modules);
      // A queued call outside a transaction (kind read): the erasure runs in its own transaction,
      // then VACUUM, which cannot run inside one, removes the freed bytes.
      enableSecureDelete(host.db);
      const results = await host.db.transaction(async (db) => {
        const r = await eraseClient(db, reached, { reference: input.reference, reason: input.reason, actorId: actor.id, now });
        await appendAudit(
          db,
          { userId: actor.id, action: 'erase', entity: 'client', details: { reason: input.reason, modules: r.map((m) => ({ module: m.module, anonymised: m.anonymised, scrubbed: m.scrubbed })) } },
          now,
        );
        return r;
      });
      compactErased(host.db);
      return { modules: results.map((r) => ({ ...r, module: r.module as never })) };
    },
    'privacy.subjectSearch': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const report = await subjectReport(db, await chosen(ctx, input.modules), input.reference, ctx.clock.now());
      await audit({ action: 'list', entity: 'subject', details: { modules: input.modules, records: report.records.length } });
      return report;
    },
    'privacy.subjectExport': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const now = ctx.clock.now();
      const report = await subjectReport(db, await chosen(ctx, input.modules), input.reference, now);
      await audit({ action: 'export', entity: 'subject', details: { modules: input.modules, records: report.records.length, accessEntries: report.accessLog.length, format: 'json' } });
      return textDownload(JSON.stringify(report, null, 2), `auskunft-${toLocalDate(now)}.json`, 'application/json;charset=utf-8');
    },
  };
}
