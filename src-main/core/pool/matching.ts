import { format, parseISO, subMonths } from 'date-fns';
import type {
  FocusPool,
  Gender,
  GenderPreference,
  InterpreterStatus,
  PoolSettings,
  ReasonCode,
  Sensitivity,
  SessionSetting,
  Topic,
  WhyNotCode,
} from '../../contract/pool';
import { isoWeekday, localEnd } from './local-minutes';

/**
 * Matching (Vermittlung): which interpreters fit a request, ranked and explained, and for every
 * other one why not. A pure function of its inputs, so every rule is tested by a table.
 */

export interface MatchRequest {
  id: number | null;
  startLocal: string;
  durationMinutes: number;
  setting: SessionSetting;
  language: string;
  dialect: string;
  topic: Topic;
  sensitivity: Sensitivity;
  genderPreference: GenderPreference;
  requesterId: number;
  clientReference: string;
  /** Interpreters who gave this session back (ill, away): not proposed for it again. */
  cancelledByInterpreters?: readonly number[];
}

export interface MatchCandidate {
  id: number;
  status: InterpreterStatus;
  gender: Gender;
  focusPools: FocusPool[];
  languages: { language: string; dialect: string; level: string }[];
  /** Empty = no weekly pattern kept: available whenever not absent or booked. */
  availability: { weekday: number; from: string; to: string }[];
  absences: { from: string; to: string }[];
  lastSupervisionOn: string | null;
  lastTrainingOn: string | null;
  conflicts: { requesterId: number | null; clientReference: string }[];
  /** Booked (confirmed or done) minutes in the request's month: fair rotation. */
  bookedMinutesThisMonth: number;
}

/** Confirmed or done sessions of candidates: they occupy the interpreter's time. */
export interface BookedSlot {
  assignmentId: number;
  interpreterId: number;
  startLocal: string;
  endLocal: string;
  setting: SessionSetting;
}

export interface Proposal {
  interpreterId: number;
  reasons: ReasonCode[];
  bookedMinutesThisMonth: number;
}
export interface Rejection {
  interpreterId: number;
  whyNot: WhyNotCode[];
}
export interface MatchResult {
  proposals: Proposal[];
  rejected: Rejection[];
}

const LEVEL_ORDER: Record<string, number> = { native: 0, fluent: 1, good: 2 };

const sameReference = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function addMinutesLocal(local: string, minutes: number): string {
  return minutes === 0 ? local : localEnd(local, minutes);
}

/** Two sessions collide if they overlap once the travel buffer is put around on-site jobs. */
export function overlaps(
  a: { startLocal: string; endLocal: string; setting: SessionSetting },
  b: { startLocal: string; endLocal: string; setting: SessionSetting },
  settings: Pick<PoolSettings, 'travelBufferMinutes'>,
): boolean {
  // The buffer is travel between two places: only when both jobs are on site.
  const buffer = a.setting === 'onSite' && b.setting === 'onSite' ? settings.travelBufferMinutes : 0;
  return a.startLocal < addMinutesLocal(b.endLocal, buffer) && b.startLocal < addMinutesLocal(a.endLocal, buffer);
}

/** What depends on the request only, worked out once per matching rather than once per candidate. */
interface RequestFacts {
  startDate: string;
  endLocal: string;
  endDate: string;
  weekday: number;
  from: string;
  to: string;
  wantedDialect: string;
  supervisionCutoff: string;
  trainingCutoff: string;
  bookedBy: Map<number, BookedSlot[]>;
}

function requestFacts(request: MatchRequest, booked: readonly BookedSlot[], settings: PoolSettings, today: string): RequestFacts {
  const startDate = request.startLocal.slice(0, 10);
  const endLocal = localEnd(request.startLocal, request.durationMinutes);
  const day = parseISO(today);
  const bookedBy = new Map<number, BookedSlot[]>();
  for (const b of booked) bookedBy.set(b.interpreterId, [...(bookedBy.get(b.interpreterId) ?? []), b]);
  return {
    startDate,
    endLocal,
    endDate: endLocal.slice(0, 10),
    weekday: isoWeekday(request.startLocal),
    from: request.startLocal.slice(11),
    to: endLocal.slice(0, 10) === startDate ? endLocal.slice(11) : '24:00',
    wantedDialect: request.dialect.trim(),
    supervisionCutoff: format(subMonths(day, settings.supervisionWithinMonths), 'yyyy-MM-dd'),
    trainingCutoff: format(subMonths(day, settings.trainingWithinMonths), 'yyyy-MM-dd'),
    bookedBy,
  };
}

function whyNot(
  request: MatchRequest,
  candidate: MatchCandidate,
  facts: RequestFacts,
  settings: PoolSettings,
): { whyNot: WhyNotCode[]; dialectExact: boolean; level: number } {
  const reasons: WhyNotCode[] = [];
  const { startDate, endLocal, wantedDialect } = facts;

  if (candidate.status !== 'active') reasons.push('notActive');
  if (request.cancelledByInterpreters?.includes(candidate.id)) reasons.push('cancelledThisSession');

  const spoken = candidate.languages.filter((l) => l.language === request.language);
  const exact = wantedDialect ? spoken.filter((l) => sameReference(l.dialect, wantedDialect)) : [];
  // An entry without a dialect means "the language in general" and fits any dialect, ranked lower.
  const fitting = wantedDialect ? [...exact, ...spoken.filter((l) => l.dialect.trim() === '')] : spoken;
  if (spoken.length === 0) reasons.push('language');
  else if (fitting.length === 0) reasons.push('dialect');

  if (request.topic === 'mentalHealth' && settings.mentalHealthNeedsPool && !candidate.focusPools.includes('mentalHealth')) {
    reasons.push('focusPool');
  }

  if (request.genderPreference !== 'none' && candidate.gender !== request.genderPreference) reasons.push('gender');

  if (candidate.availability.length > 0) {
    const { weekday, from, to } = facts;
    if (!candidate.availability.some((s) => s.weekday === weekday && s.from <= from && to <= s.to)) reasons.push('availability');
  }

  if (candidate.absences.some((a) => a.from <= facts.endDate && startDate <= a.to)) reasons.push('absence');

  const mine = { startLocal: request.startLocal, endLocal, setting: request.setting };
  if ((facts.bookedBy.get(candidate.id) ?? []).some((b) => b.assignmentId !== request.id && overlaps(mine, b, settings))) {
    reasons.push('overlap');
  }

  if (request.sensitivity !== 'normal') {
    const { supervisionCutoff, trainingCutoff } = facts;
    if (!candidate.lastSupervisionOn || candidate.lastSupervisionOn < supervisionCutoff) reasons.push('supervisionOverdue');
    if (!candidate.lastTrainingOn || candidate.lastTrainingOn < trainingCutoff) reasons.push('trainingOverdue');
  }

  const conflict = candidate.conflicts.some(
    (c) =>
      (c.requesterId !== null && c.requesterId === request.requesterId) ||
      (c.clientReference.trim() !== '' && request.clientReference.trim() !== '' && sameReference(c.clientReference, request.clientReference)),
  );
  if (conflict) reasons.push('conflictOfInterest');

  const level = Math.min(...fitting.map((l) => LEVEL_ORDER[l.level] ?? 3), 3);
  return { whyNot: reasons, dialectExact: exact.length > 0, level };
}

/**
 * Ranks fitting interpreters: exact dialect first, then fair rotation (fewer booked minutes this
 * month), then language level, then id for a stable order.
 */
export function matchInterpreters(
  request: MatchRequest,
  candidates: readonly MatchCandidate[],
  booked: readonly BookedSlot[],
  settings: PoolSettings,
  today: string,
): MatchResult {
  const fits: { candidate: MatchCandidate; dialectExact: boolean; level: number }[] = [];
  const rejected: Rejection[] = [];
  const facts = requestFacts(request, booked, settings, today);
  for (const candidate of candidates) {
    const check = whyNot(request, candidate, facts, settings);
    if (check.whyNot.length > 0) rejected.push({ interpreterId: candidate.id, whyNot: check.whyNot });
    else fits.push({ candidate, dialectExact: check.dialectExact, level: check.level });
  }
  fits.sort(
    (a, b) =>
      Number(b.dialectExact) - Number(a.dialectExact) ||
      a.candidate.bookedMinutesThisMonth - b.candidate.bookedMinutesThisMonth ||
      a.level - b.level ||
      a.candidate.id - b.candidate.id,
  );
  const fewest = Math.min(...fits.map((f) => f.candidate.bookedMinutesThisMonth));
  const proposals = fits.map(({ candidate, dialectExact }): Proposal => {
    const reasons: ReasonCode[] = [dialectExact ? 'dialectExact' : 'languageFits'];
    const needed: FocusPool | null = request.topic === 'mentalHealth' ? 'mentalHealth' : request.topic === 'health' ? 'health' : null;
    if (needed && candidate.focusPools.includes(needed)) reasons.push('focusPool');
    if (request.genderPreference !== 'none') reasons.push('genderFits');
    if (fits.length > 1 && candidate.bookedMinutesThisMonth === fewest) reasons.push('fewerHours');
    return { interpreterId: candidate.id, reasons, bookedMinutesThisMonth: candidate.bookedMinutesThisMonth };
  });
  return { proposals, rejected };
}
