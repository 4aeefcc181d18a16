import { afterEach, expect, it } from 'vitest';
import { buildApi } from '../../contract';
import type { TestCore } from '../testing/test-core';
import { seedHousingDemo } from './demo';
import { startHousingCore } from '../testing/housing-fixtures';

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

it('seeds a demo with history: who each case waits on, for how long, and an overdue follow-up', async () => {
  t = await startHousingCore();
  const core = t.core;
  const clock = t.clock;
  const now = clock.now();
  const started = Date.now();
  await seedHousingDemo(buildApi((channel, input) => core.call(channel, input)), now, { setNow: (d) => clock.set(d) });
  const seconds = (Date.now() - started) / 1000;
  expect(seconds).toBeLessThan(30);
  expect(clock.now()).toEqual(now);
  // The caseworker's own auto-lock is back to what it was.
  expect((await t.must('session.status', {})) as { user: { autoLockMinutes: number } }).toMatchObject({ state: 'unlocked', user: { autoLockMinutes: 10 } });

  const list = await t.must('housing.casesList', {});
  expect(list.total).toBe(8);
  const byRef = (r: string) => list.rows.find((row) => row.reference === r)!;
  expect(list.rows.filter((r) => r.waitingOn !== null)).toHaveLength(5);
  expect(byRef('HH-2026-001').waitingOn).toMatchObject({ actor: 'benefitsAgency', days: 38 });
  expect(byRef('HH-2026-001').daysInStage).toBe(60);
  expect(byRef('HH-2026-001').expiringDocuments).toBe(1);
  expect(list.rows.filter((r) => (r.waitingOn?.days ?? 0) > 14).length).toBeGreaterThanOrEqual(3);

  const detail = await t.must('housing.caseGet', { id: byRef('HH-2026-003').id });
  expect(detail.totalsByActor).toEqual([
    { actor: 'benefitsAgency', days: 20 },
    { actor: 'landlord', days: 18 },
  ]);
  expect(detail.history.map((h) => h.toStage)).toEqual(['registered', 'documentsReady', 'searching', 'viewingOffer', 'leaseSigned']);

  // The start page names each expiring document, and no reminder appears twice.
  const titles = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.documentExpiring').map((task) => task.title);
  expect(titles.length).toBeGreaterThanOrEqual(3);
  expect(new Set(titles).size).toBe(titles.length);
  expect(titles.filter((title) => title.startsWith('HH-2026-001 · '))).toHaveLength(3);

  const followUps = (await t.must('tasks.mine', {})).rows.filter((task) => task.kind === 'housing.followUp');
  expect(followUps.filter((task) => task.overdue)).toHaveLength(1);

  const indicators = await t.must('housing.indicators', {});
  expect(indicators.moveOutsPerQuarter.reduce((n, q) => n + q.households, 0)).toBe(2);
  expect(indicators.forecast.reduce((n, f) => n + f.fromSignedLeases, 0)).toBe(5);
  expect(indicators.medianDaysPerStage.find((s) => s.stage === 'searching')!.days).toBeGreaterThan(0);
  expect((await t.must('housing.offersMatch', { caseId: byRef('HH-2026-002').id }))[0]!.fits).toBe(true);
});
