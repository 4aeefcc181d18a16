import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { MIN_SMALL_COUNT_THRESHOLD } from '../../contract/reports';
import { defineSetting, readSetting } from '../settings/settings-store';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from './suppression';

// The contract's minimum and suppression's must agree; one checked here keeps them so.
if (MIN_SMALL_COUNT_THRESHOLD !== MIN_THRESHOLD) throw new Error('reports: minimum thresholds differ');

/** How reports are published: counts below the threshold are shown as "< threshold". */
export const REPORT_SETTINGS = defineSetting({
  key: 'reports.settings',
  schema: z.object({ smallCountThreshold: z.number().int().min(MIN_THRESHOLD).max(50) }),
  defaults: { smallCountThreshold: DEFAULT_THRESHOLD },
});

export async function readThreshold(db: EntityManager): Promise<number> {
  return (await readSetting(db, REPORT_SETTINGS)).smallCountThreshold;
}
