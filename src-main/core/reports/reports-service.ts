import type { EntityManager } from 'typeorm';
import type { ModuleId, Report, ReportPeriodInput } from '../../contract';
import { AppError } from '../errors';
import type { CoreModule } from '../module';
import { readEnabledModules } from '../settings/installation';
import { resolvePeriod } from './period';
import { publishTables } from './publish';
import { readThreshold } from './report-settings';

/**
 * A module's council report for a period and the one before, published with the installation's
 * small-count threshold. A switched-off module has no report (MODULE_DISABLED).
 */
export async function buildReport(db: EntityManager, modules: readonly CoreModule[], module: ModuleId, input: ReportPeriodInput, now: Date): Promise<Report> {
  if (!(await readEnabledModules(db)).includes(module)) throw new AppError('MODULE_DISABLED');
  const descriptor = modules.find((m) => m.contract.id === module);
  if (!descriptor) throw new AppError('MODULE_DISABLED');
  const period = resolvePeriod(input);
  const threshold = await readThreshold(db);
  const current = await descriptor.indicators.report(db, period, { now, previous: false });
  const previous = await descriptor.indicators.report(db, period.previous, { now, previous: true });
  return {
    module,
    period: { kind: period.kind, from: period.from, to: period.to },
    previous: period.previous,
    threshold,
    tables: publishTables(current, previous, threshold),
  };
}
