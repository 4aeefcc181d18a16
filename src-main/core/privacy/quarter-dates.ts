import { addMilliseconds, format, parse, startOfQuarter } from 'date-fns';
import { fromLocalDateTime, toLocalDate, toLocalDateTime } from '../time/local-time';

/**
 * Dates of an anonymised row, coarsened to the quarter: a date alone, with the rest of an
 * anonymised row, can single a client out ("the family that moved out on 14 March"); the quarter
 * keeps the statistics, which count per quarter. Each stored shape stays as it was: a local date
 * (`2026-03-14`), a local date-time (`2026-03-14T10:00`) or an instant (`…Z`); local shapes are
 * the installation's calendar (time/local-time.ts), so an instant near midnight falls into the
 * quarter its local date does, as the reports count it.
 */
type Shape = 'date' | 'localDateTime' | 'instant';

function shapeOf(value: string): Shape | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return 'localDateTime';
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return 'instant';
  return null;
}

function toInstant(value: string, shape: Shape): Date {
  if (shape === 'instant') return new Date(value);
  return fromLocalDateTime(shape === 'date' ? `${value}T00:00` : value);
}

function fromInstant(instant: Date, shape: Shape): string {
  if (shape === 'instant') return instant.toISOString();
  return shape === 'date' ? toLocalDate(instant) : toLocalDateTime(instant);
}

/** The first day of the value's quarter (midnight, local), in the value's own shape; other text unchanged. */
export function roundToQuarter(value: string): string {
  const shape = shapeOf(value);
  if (!shape) return value;
  const localDay = shape === 'instant' ? toLocalDate(new Date(value)) : value.slice(0, 10);
  const quarterStart = format(startOfQuarter(parse(localDay, 'yyyy-MM-dd', new Date(2000, 0, 1))), 'yyyy-MM-dd');
  return fromInstant(fromLocalDateTime(`${quarterStart}T00:00`), shape);
}

/** How far rounding moved `value` back, in milliseconds (negative or zero). */
export function roundingShift(value: string): number {
  const shape = shapeOf(value);
  if (!shape) return 0;
  return toInstant(roundToQuarter(value), shape).getTime() - toInstant(value, shape).getTime();
}

/** Moves `value` by `ms` (a date of the same row as the rounded one, so spans within the row stay). */
export function shiftBy(value: string, ms: number): string {
  const shape = shapeOf(value);
  if (!shape || ms === 0) return value;
  return fromInstant(addMilliseconds(toInstant(value, shape), ms), shape);
}
