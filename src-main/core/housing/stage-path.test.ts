import { describe, expect, it } from 'vitest';
import { BUILT_IN_STAGES, type StageDefinition } from '../../contract/housing';
import { HOUSING_SETTINGS } from './settings-service';
import { allowedMoves, checkStagePath } from './stage-path';

const DEFAULT_SETTINGS = HOUSING_SETTINGS.defaults;

const path = (skippable: string[] = [], extra: StageDefinition[] = []): StageDefinition[] => {
  const stages: StageDefinition[] = BUILT_IN_STAGES.map((key) => ({ key, labels: {}, skippable: skippable.includes(key) }));
  for (const stage of extra) stages.splice(stages.findIndex((s) => s.key === 'leaseSigned'), 0, stage);
  return stages;
};
const targets = (stages: StageDefinition[], from: string, pausedFrom: string | null = null) =>
  allowedMoves(stages, from, pausedFrom).map((m) => `${m.to}${m.needsReason ? '*' : ''}`);

describe('the stage path', () => {
  it.each([
    // [skippable, from, allowed targets; * = reason required]
    [[], 'registered', ['documentsReady', 'paused*', 'withdrawn*']],
    [['documentsReady', 'searching'], 'registered', ['documentsReady', 'searching', 'viewingOffer', 'paused*', 'withdrawn*']],
    [['searching'], 'registered', ['documentsReady', 'paused*', 'withdrawn*']],
    [['searching'], 'documentsReady', ['searching', 'viewingOffer', 'registered*', 'paused*', 'withdrawn*']],
    [[], 'viewingOffer', ['leaseSigned', 'searching*', 'paused*', 'withdrawn*']],
    [[], 'leaseSigned', ['movedOut', 'viewingOffer*', 'paused*', 'withdrawn*']],
    // Moved out is a fact: no way back behind it, no pause, no withdrawal.
    [[], 'movedOut', ['closed']],
    [[], 'closed', ['movedOut*']],
    [[], 'withdrawn', []],
  ])('with %j skippable, from %s allows %j', (skippable, from, expected) => {
    expect(targets(path(skippable), from)).toEqual(expected);
  });

  it('resumes a paused case only where it stopped', () => {
    expect(targets(path(), 'paused', 'searching')).toEqual(['searching', 'withdrawn*']);
  });

  it('takes added stages into the path', () => {
    const stages = path([], [{ key: 'customDeposit', labels: { de: 'Kaution geklärt' }, skippable: true }]);
    expect(targets(stages, 'viewingOffer')).toEqual(['customDeposit', 'leaseSigned', 'searching*', 'paused*', 'withdrawn*']);
    expect(targets(stages, 'leaseSigned')).toContain('customDeposit*');
  });

  it('rejects paths that break the built-in order or make fixed stages skippable', () => {
    expect(() => checkStagePath(DEFAULT_SETTINGS)).not.toThrow();
    const swapped = [...DEFAULT_SETTINGS.stages];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(() => checkStagePath({ ...DEFAULT_SETTINGS, stages: swapped })).toThrow();
    const skipMove = DEFAULT_SETTINGS.stages.map((s) => (s.key === 'movedOut' ? { ...s, skippable: true } : s));
    expect(() => checkStagePath({ ...DEFAULT_SETTINGS, stages: skipMove })).toThrow();
    const side = [...DEFAULT_SETTINGS.stages];
    side.splice(1, 0, { key: 'paused', labels: {}, skippable: false });
    expect(() => checkStagePath({ ...DEFAULT_SETTINGS, stages: side })).toThrow();
  });
});
