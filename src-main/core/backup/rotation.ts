import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { INSTALLATION_TIME_ZONE } from '../time/local-time';

/**
 * Which backups to keep (grandfather-father style): the newest of each of the last `keepDaily`
 * days that have a backup, and the newest of each of the last `keepWeekly` ISO weeks; the newest
 * backup always. Days and weeks are the installation's calendar. Returns the ones to remove.
 */
export function backupsToRemove<T extends { createdAt: string }>(newestFirst: readonly T[], keepDaily: number, keepWeekly: number): T[] {
  const keep = new Set<T>();
  const pick = (keyOf: (d: TZDate) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = keyOf(new TZDate(new Date(b.createdAt).getTime(), INSTALLATION_TIME_ZONE));
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(b);
    }
  };
  pick((d) => format(d, 'yyyy-MM-dd'), keepDaily);
  pick((d) => format(d, "RRRR-'W'II"), keepWeekly);
  if (newestFirst[0]) keep.add(newestFirst[0]);
  return newestFirst.filter((b) => !keep.has(b));
}
