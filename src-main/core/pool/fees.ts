import type { AssignmentStatus, CancelledBy, PoolSettings, SessionSetting } from '../../contract/pool';

/** Rates that apply to one interpreter: their own overrides, else the pool's. All in cents. */
export interface FeeRates {
  firstHourCents: number;
  furtherHalfHourCents: number;
  kmCents: number;
  /** A flat amount per on-site job instead of kilometres, if the interpreter's travel rule says so. */
  travelFlatCents: number | null;
  lateCancelPaidMinutes: number;
}

export function ratesFor(
  interpreter: { firstHourCents: number | null; furtherHalfHourCents: number | null; kmCents: number | null; travelFlatCents: number | null },
  settings: PoolSettings,
): FeeRates {
  return {
    firstHourCents: interpreter.firstHourCents ?? settings.firstHourCents,
    furtherHalfHourCents: interpreter.furtherHalfHourCents ?? settings.furtherHalfHourCents,
    kmCents: interpreter.kmCents ?? settings.kmCents,
    travelFlatCents: interpreter.travelFlatCents,
    lateCancelPaidMinutes: settings.lateCancelPaidMinutes,
  };
}

/** First (started) hour at the hourly rate, then every further started half hour. */
export function timeFeeCents(minutes: number, rates: Pick<FeeRates, 'firstHourCents' | 'furtherHalfHourCents'>): number {
  if (minutes <= 0) return 0;
  return rates.firstHourCents + Math.max(0, Math.ceil((minutes - 60) / 30)) * rates.furtherHalfHourCents;
}

export interface FeeSession {
  status: AssignmentStatus;
  setting: SessionSetting;
  durationMinutes: number;
  actualMinutes: number | null;
  travelKm: number | null;
  cancelledBy: CancelledBy | null;
  lateCancellation: boolean;
}

export interface FeeResult {
  minutes: number;
  timeCents: number;
  travelKm: number;
  travelCents: number;
  /** Part of timeCents that is a late-cancellation fee. */
  cancellationCents: number;
  payable: boolean;
}

/**
 * What one session pays. Done: the time worked (or booked) plus travel. Cancelled late by the
 * requester: the booked time up to the configured limit, no travel. No-show of the client: the
 * interpreter came, so the same as a late cancellation plus travel. Everything else pays nothing.
 */
export function sessionFee(session: FeeSession, rates: FeeRates): FeeResult {
  const none: FeeResult = { minutes: 0, timeCents: 0, travelKm: 0, travelCents: 0, cancellationCents: 0, payable: false };
  const travel = () => {
    if (session.setting !== 'onSite') return { travelKm: 0, travelCents: 0 };
    const km = session.travelKm ?? 0;
    return { travelKm: km, travelCents: rates.travelFlatCents ?? km * rates.kmCents };
  };
  const capped = Math.min(session.durationMinutes, rates.lateCancelPaidMinutes);
  if (session.status === 'done') {
    const minutes = session.actualMinutes ?? session.durationMinutes;
    return { minutes, timeCents: timeFeeCents(minutes, rates), ...travel(), cancellationCents: 0, payable: true };
  }
  if (session.status === 'cancelled' && session.lateCancellation && session.cancelledBy !== 'interpreter') {
    const cents = timeFeeCents(capped, rates);
    return { minutes: capped, timeCents: cents, travelKm: 0, travelCents: 0, cancellationCents: cents, payable: true };
  }
  if (session.status === 'noShow') {
    const cents = timeFeeCents(capped, rates);
    return { minutes: capped, timeCents: cents, ...travel(), cancellationCents: cents, payable: true };
  }
  return none;
}
