import type { Api, Result } from '../../contract';
import type { Topic } from '../../contract/pool';
import { addLocalDays } from '../time/local-time';

async function must<T>(result: Promise<Result<T>>, what: string): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`pool demo history: ${what} failed: ${r.error.code}`);
  return r.value;
}

/** Who interprets what in the history: the demo interpreter's index, the language, the topics that fit their pools. */
const ROTA: { interpreter: number; language: string; dialect: string; topics: Topic[] }[] = [
  { interpreter: 0, language: 'ar', dialect: 'Levantinisch', topics: ['mentalHealth', 'health'] },
  { interpreter: 1, language: 'ar', dialect: 'Irakisch', topics: ['health', 'authority'] },
  { interpreter: 2, language: 'tr', dialect: '', topics: ['school', 'other'] },
  { interpreter: 3, language: 'uk', dialect: '', topics: ['health', 'authority'] },
  { interpreter: 4, language: 'fa', dialect: 'Dari', topics: ['mentalHealth', 'school'] },
  { interpreter: 1, language: 'ku', dialect: 'Kurmanji', topics: ['authority'] },
];

/**
 * A year of the pool's past work, so every report and chart has something to show: a session a
 * week for 52 weeks across languages, topics, settings and requesters; most held (with the
 * requester's feedback on two in three), some cancelled (late ones too), a few no-shows, and a
 * request a month that could not be served. Deterministic: the same demo every time.
 * Past sessions are booked and completed at today's clock, as a coordinator catching up would.
 * One a week keeps the demo's start quick (each step is a real, audited call).
 */
export async function seedPoolHistory(api: Api, today: string, interpreterIds: readonly number[], requesterIds: readonly number[]): Promise<void> {
  for (let week = 52; week >= 1; week--) {
    // n numbers the session; the rules below pick its language, topic, setting and outcome from it.
    const n = week;
    const slot = week % 2;
    const rota = ROTA[n % ROTA.length]!;
    const day = addLocalDays(today, -7 * week + (n % 5) - 3);
    const setting = n % 7 === 0 ? ('video' as const) : n % 5 === 0 ? ('phone' as const) : ('onSite' as const);
    const booked = await must(
      api.pool.bookingCreate({
        requesterId: requesterIds[n % requesterIds.length]!,
        contactId: null,
        start: `${day}T${slot === 0 ? '09:00' : '14:30'}`,
        durationMinutes: n % 3 === 0 ? 90 : 60,
        setting,
        address: setting === 'onSite' ? 'Emsstraße 12' : '',
        language: rota.language,
        dialect: rota.dialect,
        topic: rota.topics[n % rota.topics.length]!,
        sensitivity: n % 4 === 0 ? 'sensitive' : 'normal',
        genderPreference: 'none',
        clientReference: `D-${String(n).padStart(3, '0')}`,
        weeklyCount: 1,
      }),
      'booking',
    );
    const id = booked.ids[0]!;
    if (n % 29 === 0) {
      await must(api.pool.assignmentUnmet({ id, reason: '' }), 'unmet');
      continue;
    }
    await must(api.pool.assignmentPropose({ id, interpreterId: interpreterIds[rota.interpreter]! }), 'propose');
    await must(api.pool.assignmentConfirm({ id }), 'confirm');
    if (n % 9 === 0) {
      await must(api.pool.assignmentCancel({ id, by: n % 2 === 0 ? 'requester' : 'coordinator', reason: '' }), 'cancel');
    } else if (n % 17 === 0) {
      await must(api.pool.assignmentNoShow({ id }), 'no-show');
    } else {
      await must(api.pool.assignmentComplete({ id, actualMinutes: n % 3 === 0 ? 90 : 60 + (n % 4) * 15, travelKm: setting === 'onSite' ? 4 + (n % 9) : null }), 'complete');
      if (n % 3 !== 2) {
        const r = (k: number) => 3 + ((n + k) % 3);
        await must(
          api.pool.feedbackSave({
            assignmentId: id,
            accuracy: r(0),
            role: r(1),
            punctuality: r(2),
            confidentiality: 5,
            overall: r(1),
            comment: '',
            emotionalLoad: rota.topics.includes('mentalHealth') ? 2 + (n % 3) : null,
            supervisionWish: n % 10 === 0,
            debrief: '',
            clientRating: null,
            clientComment: '',
          }),
          'feedback',
        );
      }
    }
  }
}
