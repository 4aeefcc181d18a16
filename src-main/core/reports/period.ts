import { addDays, addMonths, addYears, differenceInCalendarDays, endOfMonth, endOfQuarter, endOfYear, format, parseISO, startOfMonth, startOfQuarter, startOfYear, subDays } from 'date-fns';
import type { PeriodKind } from '../../contract';

export interface DateSpan {
  /** First day, `yyyy-MM-dd`, inclusive. */
  from: string;
  /** Last day, `yyyy-MM-dd`, inclusive. */
  to: string;
}

export interface ResolvedPeriod extends DateSpan {
  kind: PeriodKind;
  previous: DateSpan;
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * The month, quarter or year containing `from`, or the custom span, and the period before it:
 * the previous month, quarter or year, or for a custom span as many days ending the day before.
 * Calendar dates only (parsed as local midnight, no time zone involved), through date-fns.
 */
export function resolvePeriod(input: { kind: PeriodKind; from: string; to?: string | undefined }): ResolvedPeriod {
  const start = parseISO(input.from);
  switch (input.kind) {
    case 'month': {
      const previous = addMonths(startOfMonth(start), -1);
      return { kind: 'month', from: day(startOfMonth(start)), to: day(endOfMonth(start)), previous: { from: day(previous), to: day(endOfMonth(previous)) } };
    }
    case 'quarter': {
      const previous = addMonths(startOfQuarter(start), -3);
      return { kind: 'quarter', from: day(startOfQuarter(start)), to: day(endOfQuarter(start)), previous: { from: day(previous), to: day(endOfQuarter(previous)) } };
    }
    case 'year': {
      const previous = addYears(startOfYear(start), -1);
      return { kind: 'year', from: day(startOfYear(start)), to: day(endOfYear(start)), previous: { from: day(previous), to: day(endOfYear(previous)) } };
    }
    case 'custom': {
      const end = parseISO(input.to ?? input.from);
      const days = differenceInCalendarDays(end, start) + 1;
      const previousEnd = subDays(start, 1);
      return { kind: 'custom', from: input.from, to: day(end), previous: { from: day(addDays(previousEnd, 1 - days)), to: day(previousEnd) } };
    }
  }
}

/** The day after a span's last day, for `start < :until` comparisons on local date-times. */
export const dayAfter = (date: string): string => day(addDays(parseISO(date), 1));
