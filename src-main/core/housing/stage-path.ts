import { BUILT_IN_STAGES, SIDE_STATES, type HousingSettings, type StageDefinition, type StageKey } from '../../contract/housing';
import { AppError } from '../errors';

export interface Move {
  to: StageKey;
  needsReason: boolean;
}

const AFTER_MOVE_OUT = new Set(['movedOut', 'closed']);

/**
 * Where a case may go under the installation's path:
 * - forward to the next stage, or further over stages marked skippable;
 * - back one step with a reason (a lease fell through), but never back behind "moved out":
 *   the household has left the shelter;
 * - paused or withdrawn, with a reason, from any stage before the move; a paused case resumes
 *   at the stage it paused in; withdrawn is final.
 */
export function allowedMoves(stages: readonly StageDefinition[], current: StageKey, pausedFrom: StageKey | null): Move[] {
  if (current === 'withdrawn') return [];
  if (current === 'paused') {
    return [...(pausedFrom ? [{ to: pausedFrom, needsReason: false }] : []), { to: 'withdrawn', needsReason: true }];
  }
  const index = stages.findIndex((s) => s.key === current);
  if (index < 0) return [];
  const moves: Move[] = [];
  for (let next = index + 1; next < stages.length; next++) {
    const stage = stages[next]!;
    moves.push({ to: stage.key, needsReason: false });
    if (!stage.skippable) break;
  }
  if (index > 0 && current !== 'movedOut') moves.push({ to: stages[index - 1]!.key, needsReason: true });
  if (!AFTER_MOVE_OUT.has(current)) {
    moves.push({ to: 'paused', needsReason: true }, { to: 'withdrawn', needsReason: true });
  }
  return moves;
}

/** Stages before the move (the active pipeline), in path order. */
export function stagesBeforeMove(stages: readonly StageDefinition[]): StageKey[] {
  const keys = stages.map((s) => s.key);
  return keys.slice(0, keys.indexOf('movedOut'));
}

/**
 * The path may grow and be renamed, but the built-in stages keep their order and meaning (the
 * module acts on them: moved out closes the occupancy, lease signed plans the move date), and
 * the first, moved-out and last stages cannot be skipped. One rent-limit row per household size.
 */
export function checkStagePath(settings: HousingSettings): void {
  const keys = settings.stages.map((s) => s.key);
  const builtIns = keys.filter((k) => (BUILT_IN_STAGES as readonly string[]).includes(k));
  const invalid =
    new Set(keys).size !== keys.length ||
    builtIns.join() !== BUILT_IN_STAGES.join() ||
    keys.some((k) => (SIDE_STATES as readonly string[]).includes(k)) ||
    keys[0] !== 'registered' ||
    keys[keys.length - 1] !== 'closed' ||
    settings.stages.some((s) => s.skippable && ['registered', 'movedOut', 'closed'].includes(s.key)) ||
    new Set(settings.rentLimits.map((r) => r.persons)).size !== settings.rentLimits.length;
  if (invalid) throw new AppError('INVALID_INPUT', 'stage path or rent table is not consistent');
}
