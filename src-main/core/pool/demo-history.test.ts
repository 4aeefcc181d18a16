import { afterEach, expect, it } from 'vitest';
import { buildApi } from '../../contract';
import { CARLA } from '../testing/pool-fixtures';
import { colleague, startModuleCore, type Person } from '../testing/staff';
import type { TestCore } from '../testing/test-core';
import { seedPoolDemo } from './demo';

const RITA: Person = { username: 'rita', displayName: 'Rita Steuerungsgruppe', password: 'Bericht-Rat-2026-Q4', roles: ['reporting'] };

let t: TestCore | undefined;
afterEach(() => t?.cleanup());

it('seeds a year of the pool’s work, so every quarter’s report has languages, hours and feedback to show', async () => {
  t = await startModuleCore(['pool'], [CARLA, RITA]);
  const core = t.core;
  const started = performance.now();
  await seedPoolDemo(buildApi((channel, input) => core.call(channel, input)), t.clock.now());
  console.log(`pool demo seeded in ${Math.round(performance.now() - started)} ms`);

  // The clock stands at Mon 23 Nov 2026: the history covers the year before it.
  const rita = await colleague(t, RITA, 'council');
  const year = await rita.must('reports.get', { module: 'pool', period: { kind: 'custom', from: '2025-11-23', to: '2026-11-22' } });
  const table = (id: string) => year.tables.find((x) => x.id === id)!;
  expect(table('byLanguage').total!.current).toEqual({ mark: 'shown', value: 43 });
  // Every language of the rota held at least five sessions: shown, not suppressed.
  expect(table('byLanguage').rows.filter((r) => r.current.mark === 'shown').map((r) => r.key).sort()).toEqual(['ar', 'fa', 'ku', 'tr', 'uk']);
  const measures = Object.fromEntries(table('poolSummary').rows.map((r) => [r.key, r.current]));
  for (const m of ['hours', 'feedbackShare', 'ratingOverall', 'cancelled', 'activeInterpreters']) expect(measures[m]!.mark, m).toBe('shown');
  // Each quarter has held sessions to show (a small count shows as "< 5", never as nothing).
  for (const from of ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']) {
    const quarter = await rita.must('reports.get', { module: 'pool', period: { kind: 'quarter', from } });
    expect(quarter.tables.find((x) => x.id === 'byLanguage')!.total!.current.mark, from).toBe('shown');
  }

  // Hand count of the history's rules (demo-history.ts) against the data: 52 requests in the year.
  const all = await t.must('pool.assignmentsList', { status: null, from: '2025-11-01', to: '2026-11-22', interpreterId: null, limit: 200, offset: 0 });
  expect(all.total).toBe(52);
  const byStatus = (s: string) => all.rows.filter((r) => r.status === s).length;
  // n = 1…52: unmet where n % 29 = 0 (29); cancelled where n % 9 = 0 (9, 18, 27, 36, 45);
  // no-show where n % 17 = 0 (17, 34, 51); the other 43 held: Arabic 15, Turkish 9, Persian 8,
  // Kurdish 6, Ukrainian 5 (the rota's language is n % 6).
  expect(byStatus('unmet')).toBe(1);
  expect(byStatus('cancelled')).toBe(5);
  expect(byStatus('noShow')).toBe(3);
  expect(byStatus('done')).toBe(43);
  expect(table('byLanguage').rows.filter((r) => r.current.mark === 'shown').map((r) => [r.key, r.current.value])).toEqual(
    expect.arrayContaining([['ar', 15], ['tr', 9], ['fa', 8], ['ku', 6], ['uk', 5]]),
  );
});
