import { differenceInDays, parseISO } from 'date-fns';
import { WAITING_ACTORS, type WaitingActor, type WaitingView } from '../../contract/housing';
import type { WaitingPeriod } from './move-out-case.entity';

/** Whole days an actor's clock has run: until the answer, or until now while it is open. */
export function waitingDays(w: Pick<WaitingPeriod, 'requestedAt' | 'answeredAt'>, now: Date): number {
  return differenceInDays(w.answeredAt ? parseISO(w.answeredAt) : now, parseISO(w.requestedAt));
}

export function toWaitingView(w: WaitingPeriod, now: Date): WaitingView {
  return { id: w.id, actor: w.actor, what: w.what, requestedAt: w.requestedAt, answeredAt: w.answeredAt, days: waitingDays(w, now) };
}

/**
 * A case's total per actor. Overlapping requests to the same actor count once (two documents
 * asked from the household in the same week are one week of waiting on the household).
 */
export function totalsByActor(waits: WaitingPeriod[], now: Date): { actor: WaitingActor; days: number }[] {
  return WAITING_ACTORS.flatMap((actor) => {
    const spans = waits
      .filter((w) => w.actor === actor)
      .map((w) => [Date.parse(w.requestedAt), w.answeredAt ? Date.parse(w.answeredAt) : now.getTime()] as const)
      .sort((a, b) => a[0] - b[0]);
    if (spans.length === 0) return [];
    let total = 0;
    let [start, end] = spans[0]!;
    for (const [s, e] of spans.slice(1)) {
      if (s > end) {
        total += differenceInDays(end, start);
        [start, end] = [s, e];
      } else end = Math.max(end, e);
    }
    total += differenceInDays(end, start);
    return [{ actor, days: total }];
  });
}

/** Whether a document needs attention: received but past or near its expiry. */
export function documentFlag(
  doc: { status: string; expiresOn: string | null },
  today: string,
  warnUntil: string,
): 'expiring' | 'expired' | null {
  if (doc.status === 'expired') return 'expired';
  if (doc.status !== 'received' || !doc.expiresOn) return null;
  if (doc.expiresOn < today) return 'expired';
  return doc.expiresOn <= warnUntil ? 'expiring' : null;
}
