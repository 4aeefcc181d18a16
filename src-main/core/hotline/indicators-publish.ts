import type { ReportCell } from '../../contract';
import type { Indicators, IndicatorsView } from '../../contract/hotline';
import { suppressMonthGrids } from '../reports/suppress-months';
import { isSmall, suppressCount, suppressLine } from '../reports/suppression';

const shown = (value: number): ReportCell => ({ value, mark: 'shown' });
const masked = (mark: ReportCell['mark']): ReportCell => ({ value: null, mark });
const count = (value: number, threshold: number): ReportCell => (suppressCount(value, threshold) === 'shown' ? shown(value) : masked('small'));

/** Columns in order of first appearance, and each month's counts in those columns. */
function grid<K>(months: readonly string[], rows: readonly { month: string; key: K; count: number }[]) {
  const columns = [...new Set(rows.map((r) => r.key))];
  return { columns, rows: months.map((m) => columns.map((k) => rows.find((r) => r.month === m && r.key === k)?.count ?? 0)) };
}

/**
 * The hotline's indicators as its own page and workbook publish them (see IndicatorsView). Calls
 * are broken down three ways that each add up to the total (month × topic, month × routing,
 * channel) and two ways that add up to it (answered within the call or not): each is suppressed
 * as its own line, and the total is hidden where any of them needs it.
 */
export function publishIndicators(raw: Indicators, threshold: number): IndicatorsView {
  const months = [...new Set([...raw.callsByMonthTopic, ...raw.callsByMonthRouting].map((r) => r.month))].sort();
  const byTopic = grid(months, raw.callsByMonthTopic.map((r) => ({ month: r.month, key: r.topicId, count: r.count })));
  const byRouting = grid(months, raw.callsByMonthRouting.map((r) => ({ month: r.month, key: r.routingId, count: r.count })));
  const channelLine = suppressLine(raw.callsByChannel.map((r) => r.calls), threshold);
  // Answered plus not answered is the total: a small "not answered" would follow from the two shown.
  const answeredLine = suppressLine([raw.answeredInCall, raw.totalCalls - raw.answeredInCall], threshold);
  const monthly = suppressMonthGrids([{ rows: byTopic.rows }, { rows: byRouting.rows }], threshold, { totalHidden: channelLine.total === 'hidden' || answeredLine.total === 'hidden' });
  const totalHidden = monthly.grandTotal.mark !== 'shown' || channelLine.total === 'hidden' || answeredLine.total === 'hidden';
  const totalCalls = !totalHidden ? shown(raw.totalCalls) : isSmall(raw.totalCalls, threshold) ? masked('small') : masked('hidden');
  const answeredInCall = answeredLine.cells[0] === 'shown' ? shown(raw.answeredInCall) : masked(answeredLine.cells[0]!);
  const answeredShare =
    raw.totalCalls === 0 ? masked('none') : answeredInCall.mark === 'shown' && totalCalls.mark === 'shown' ? shown(Math.round((raw.answeredInCall / raw.totalCalls) * 1000) / 10) : masked('hidden');
  const followedUp = count(raw.followedUp, threshold);
  const averageDaysToFollowUp = raw.averageDaysToFollowUp === null ? masked('none') : raw.followedUp < threshold ? masked('fewCases') : shown(raw.averageDaysToFollowUp);
  // Overdue follow-ups are a part of the open ones: open − overdue would give a small remainder away.
  const openLine = suppressLine([raw.overdueFollowUps, raw.openFollowUps - raw.overdueFollowUps], threshold);
  const openFollowUps = isSmall(raw.openFollowUps, threshold) ? masked('small') : openLine.total === 'shown' ? shown(raw.openFollowUps) : masked('hidden');
  const overdueFollowUps = openLine.cells[0] === 'shown' ? shown(raw.overdueFollowUps) : masked(openLine.cells[0]!);

  return {
    threshold,
    months,
    monthTotals: monthly.monthTotals,
    byTopic: { columns: byTopic.columns, rows: monthly.grids[0]! },
    byRouting: { columns: byRouting.columns, rows: monthly.grids[1]! },
    totalCalls,
    answeredInCall,
    answeredShare,
    followedUp,
    averageDaysToFollowUp,
    openFollowUps,
    overdueFollowUps,
    callsByChannel: raw.callsByChannel.map((r, i) => ({
      channelId: r.channelId,
      calls: channelLine.cells[i] === 'shown' ? shown(r.calls) : masked(channelLine.cells[i]!),
      outreachCount: r.outreachCount,
    })),
  };
}
