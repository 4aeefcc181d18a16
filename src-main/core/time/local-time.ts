import { TZDate } from '@date-fns/tz';
import { addDays, format, parse } from 'date-fns';

/**
 * Appointments, due dates and office hours are wall-clock times in the town where Brücke runs,
 * whatever time zone the computer (or a CI machine) is set to. The core stores such times as
 * local strings (`2026-11-24T14:00`, `2026-11-24`) and converts instants from the clock here.
 */
export const INSTALLATION_TIME_ZONE = 'Europe/Berlin';

const LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm";
const LOCAL_DATE = 'yyyy-MM-dd';

/** The installation's wall-clock time of an instant, e.g. `2026-11-24T14:00`. */
export function toLocalDateTime(instant: Date): string {
  return format(new TZDate(instant.getTime(), INSTALLATION_TIME_ZONE), LOCAL_DATE_TIME);
}

/** The installation's calendar date of an instant, e.g. `2026-11-24`. */
export function toLocalDate(instant: Date): string {
  return format(new TZDate(instant.getTime(), INSTALLATION_TIME_ZONE), LOCAL_DATE);
}

/** The instant at which the installation's clocks show this wall-clock time. */
export function fromLocalDateTime(local: string): Date {
  const reference = new TZDate(Date.now(), INSTALLATION_TIME_ZONE);
  const parsed = parse(local, local.length === 10 ? LOCAL_DATE : LOCAL_DATE_TIME, reference);
  return new Date(parsed.getTime());
}

/** `2026-11-24` plus n days, by the calendar (daylight-saving changes do not shift it). */
export function addLocalDays(localDate: string, days: number): string {
  const reference = new TZDate(Date.now(), INSTALLATION_TIME_ZONE);
  return format(addDays(parse(localDate, LOCAL_DATE, reference), days), LOCAL_DATE);
}
