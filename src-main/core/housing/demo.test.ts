import { afterEach, expect, it } from 'vitest';
import { buildApi } from '../../contract';
import type { TestCore } from '../testing/temp-core';
import { seedHousingDemo } from './demo';
import { startHousingCore } from './housing-test-support';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

it('seeds a populated, consistent demo through the contract', async () => {
  t = await startHousingCore();
  const core = t.core;
  await seedHousingDemo(buildApi((channel, input) => core.call(channel, input)), t.clock.now());
  const list = await t.must('housing.casesList', {});
  expect(list.total).toBe(7);
  expect(list.rows.filter((r) => r.waitingOn !== null)).toHaveLength(3);
  expect(list.rows.find((r) => r.reference === 'HH-2026-001')!.expiringDocuments).toBe(1);
  const indicators = await t.must('housing.indicators', {});
  expect(indicators.moveOutsPerQuarter.reduce((n, q) => n + q.households, 0)).toBe(1);
  expect(indicators.forecast.reduce((n, f) => n + f.fromSignedLeases, 0)).toBe(5);
  expect((await t.must('housing.offersMatch', { caseId: list.rows.find((r) => r.reference === 'HH-2026-002')!.id }))[0]!.fits).toBe(true);
});
