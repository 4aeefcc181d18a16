import { addMinutes, differenceInMinutes, getISODay, parseISO } from 'date-fns';
import { fromLocalDateTime, toLocalDateTime } from '../time/local-time';

/** The end of a session that starts at a local wall-clock time and lasts `minutes`. */
export function localEnd(startLocal: string, minutes: number): string {
  return toLocalDateTime(addMinutes(fromLocalDateTime(startLocal), minutes));
}

/** Minutes from one local wall-clock time to another (real elapsed time, DST included). */
export function minutesBetween(fromLocal: string, toLocal: string): number {
  return differenceInMinutes(fromLocalDateTime(toLocal), fromLocalDateTime(fromLocal));
}

/** ISO weekday (1 = Monday) of a local date or date-time; the calendar date alone decides. */
export function isoWeekday(local: string): number {
  return getISODay(parseISO(local.slice(0, 10)));
}
