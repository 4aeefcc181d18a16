import type { CoreModule } from '../module';
import type { Handler } from '../router/context';
import { readSettingVersioned, writeSettingVersioned } from '../settings/settings-store';
import { readEnabledModules } from '../settings/installation';
import { REPORT_SETTINGS } from './report-settings';
import { reportWorkbook } from './report-workbook';
import { buildReport } from './reports-service';

type ReportsChannel = 'reports.modules' | 'reports.get' | 'reports.exportXlsx' | 'reports.settingsGet' | 'reports.settingsSave';

/**
 * The reports' channels, made from the composed modules' descriptors (each module's
 * `indicators.report`), so the core's reports never import a module.
 */
export function reportsHandlers(modules: readonly CoreModule[]): { [C in ReportsChannel]: Handler<C> } {
  return {
    'reports.modules': async (_input, ctx) => {
      const { db } = ctx.signedIn();
      const enabled = await readEnabledModules(db);
      return enabled.filter((id) => modules.some((m) => m.contract.id === id));
    },

    'reports.get': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const report = await buildReport(db, modules, input.module, input.period, ctx.clock.now());
      await audit({ action: 'list', entity: 'report', details: { module: input.module, from: report.period.from, to: report.period.to, aggregated: true } });
      return report;
    },

    'reports.exportXlsx': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const report = await buildReport(db, modules, input.module, input.period, ctx.clock.now());
      const file = await reportWorkbook(report, input.texts, input.rightToLeft, `bericht-${input.module}-${report.period.from}-${report.period.to}.xlsx`);
      await audit({ action: 'export', entity: 'report', details: { module: input.module, from: report.period.from, to: report.period.to, format: 'xlsx' } });
      return file;
    },

    'reports.settingsGet': async (_input, ctx) => {
      const { value, version } = await readSettingVersioned(ctx.signedIn().db, REPORT_SETTINGS);
      return { ...value, version };
    },

    'reports.settingsSave': async (input, ctx) => {
      const { db, actor, audit } = ctx.signedIn();
      const { version, ...value } = input;
      const now = await writeSettingVersioned(db, REPORT_SETTINGS, value, { version, actorId: actor.id, now: ctx.clock.now() });
      await audit({ action: 'update', entity: 'reportSettings', details: { changed: ['smallCountThreshold'] } });
      return { ...value, version: now };
    },
  };
}
