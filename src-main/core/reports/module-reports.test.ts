import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleCore, type Person } from '../testing/staff';
import type { TestCore } from '../testing/test-core';

const RITA: Person = { username: 'rita', displayName: 'Rita Steuerungsgruppe', password: 'Bericht-Rat-2026-Q4', roles: ['reporting'] };

let t: TestCore;
beforeAll(async () => {
  t = await startModuleCore(['hotline', 'housing'], [RITA]);
});
afterAll(() => t.cleanup());

describe('hotline and housing reports through the descriptors', () => {
  it('lists the modules the installation runs and builds each report from its indicators', async () => {
    expect(await t.must('reports.modules', {})).toEqual(['hotline', 'housing']);
    const hotline = await t.must('reports.get', { module: 'hotline', period: { kind: 'month', from: '2026-11-05' } });
    expect(hotline.tables.map((x) => x.id)).toEqual(['hotlineSummary', 'callsByTopic', 'callsByRouting', 'callsByChannel', 'outreachByChannel']);
    expect(hotline.tables[0]!.rows.find((r) => r.key === 'calls')!.current).toEqual({ value: 0, mark: 'shown' });
    // Current-state numbers are unknown for the month before.
    expect(hotline.tables[0]!.rows.find((r) => r.key === 'openFollowUps')!.previous).toEqual({ value: null, mark: 'none' });
    const housing = await t.must('reports.get', { module: 'housing', period: { kind: 'year', from: '2026-11-05' } });
    expect(housing.tables.map((x) => x.id)).toEqual(['housingSummary', 'moveOutsByQuarter', 'pipeline', 'daysPerStage', 'daysPerActor', 'forecast']);
    expect(await t.call('reports.get', { module: 'pool', period: { kind: 'year', from: '2026-11-05' } })).toMatchObject({ ok: false, error: { code: 'MODULE_DISABLED' } });
  });
});
