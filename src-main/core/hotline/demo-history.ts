import { subDays, setHours } from 'date-fns';
import type { Api, Result } from '../../contract';
import type { Urgency } from '../../contract/hotline';
import type { ShiftedClock } from '../clock';
import { toLocalDate } from '../time/local-time';

async function must<T>(result: Promise<Result<T>>, what: string): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`hotline demo history: ${what} failed: ${r.error.code}`);
  return r.value;
}

const TOPICS = ['legal.workPermit', 'legal.residenceTitle', 'legal.recognition', 'social.housing', 'language', 'legal.trainingToleration', 'social.family', 'conflict'];
const ROUTINGS = ['routing.foreignersAuthority', 'routing.teamBeratung', 'routing.chambers', 'routing.jobcenter'];
const CHANNELS = ['channel.flyer', 'channel.wordOfMouth', 'channel.trainingFair', 'channel.economicDevelopment', 'channel.jobcenter', 'channel.internet'];
const URGENCIES: Urgency[] = ['normal', 'low', 'normal', 'high'];

/**
 * A year of past hotline calls (one every five days, about 72) and a flyer round each month, so
 * the indicators and the council report have topics, routing and outreach channels to show.
 * The clock walks backwards from today (free: no idle time passes), so each call carries its own
 * date; the demo's driver brings the clock back to now afterwards. No follow-ups: a year of open
 * call-backs would bury today's. Deterministic: the same demo every time.
 */
export async function seedHotlineHistory(
  api: Api,
  now: Date,
  clock: Pick<ShiftedClock, 'setNow'>,
  employerIds: readonly number[],
  taxonomyId: (key: string) => number,
): Promise<void> {
  for (let n = 1; n <= 72; n++) {
    const at = setHours(subDays(now, 5 * n), 9 + (n % 7));
    clock.setNow(at);
    const [topicKey, subKey] = TOPICS[n % TOPICS.length]!.split('.') as [string, string | undefined];
    const answered = n % 3 !== 0;
    await must(
      api.hotline.callLog({
        draftId: null,
        followUp: null,
        call: {
          employerId: employerIds[n % employerIds.length]!,
          callerName: `Anrufer:in ${n} (fiktiv)`,
          callerRole: '',
          employeeRef: '',
          topicId: taxonomyId(topicKey),
          subtopicId: subKey ? taxonomyId(`${topicKey}.${subKey}`) : null,
          question: 'Demo-Anfrage (fiktiv)',
          answer: answered ? 'Im Gespräch beantwortet (fiktiv)' : 'Weitergeleitet (fiktiv)',
          answeredInCall: answered,
          urgency: URGENCIES[n % URGENCIES.length]!,
          routingId: answered ? null : taxonomyId(ROUTINGS[n % ROUTINGS.length]!),
          handoverNote: answered ? '' : 'Übergabe (fiktiv)',
          heardViaId: taxonomyId(CHANNELS[n % CHANNELS.length]!),
        },
      }),
      'call',
    );
    if (n % 6 === 0) {
      await must(
        api.hotline.outreachSave({
          id: null,
          outreach: { kind: 'flyer', place: 'Betriebe im Stadtgebiet (fiktiv)', channelId: taxonomyId('channel.flyer'), count: 40 + (n % 5) * 10, date: toLocalDate(at), notes: '' },
        }),
        'outreach',
      );
    }
  }
}
