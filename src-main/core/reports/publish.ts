import type { ReportCell, ReportRow, ReportTable } from '../../contract';
import type { RawRow, RawTable } from './raw-report';
import { isSmall, suppressCount, suppressLine } from './suppression';

const shown = (value: number): ReportCell => ({ value, mark: 'shown' });
const none: ReportCell = { value: null, mark: 'none' };
const masked = (mark: ReportCell['mark']): ReportCell => ({ value: null, mark });

/** One measure: counts of people suppressed when small, averages and shares when resting on few cases. */
function measureCell(row: RawRow | undefined, threshold: number): ReportCell {
  if (!row || row.value === null) return none;
  if (row.base !== undefined) {
    if (row.base === null) return shown(row.value);
    if (row.base === 0) return none;
    return row.base < threshold ? masked('fewCases') : shown(row.value);
  }
  if (row.notPeople || row.unit !== 'count') return shown(row.value);
  return suppressCount(row.value, threshold) === 'small' ? masked('small') : shown(row.value);
}

interface PublishedBreakdown {
  cells: ReportCell[];
  total: ReportCell;
}

/** A breakdown of one period: its counts suppressed together with its total (suppression.ts). */
function breakdownCells(values: (number | null)[], threshold: number): PublishedBreakdown {
  if (values.every((v) => v === null)) return { cells: values.map(() => none), total: none };
  const counts = values.map((v) => v ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (isSmall(total, threshold)) {
    // Every non-zero cell is small too; without a published total there is nothing to subtract from.
    return { cells: counts.map((v) => (v > 0 ? masked('small') : shown(0))), total: masked('small') };
  }
  const line = suppressLine(counts, threshold);
  return {
    cells: counts.map((v, i) => (line.cells[i] === 'shown' ? shown(v) : masked(line.cells[i]!))),
    total: line.total === 'shown' ? shown(total) : masked('hidden'),
  };
}

/**
 * Pairs a module's raw tables for the period and the period before and publishes them: every
 * number the report shows, exports or draws passes through here, so suppression happens once.
 */
export function publishTables(current: readonly RawTable[], previous: readonly RawTable[], threshold: number): ReportTable[] {
  const tables = current.map((table) => {
    const before = previous.find((p) => p.id === table.id);
    const keys = [...new Set([...table.rows.map((r) => r.key), ...(before?.rows ?? []).map((r) => r.key)])];
    const rowOf = (rows: readonly RawRow[] | undefined, key: string) => rows?.find((r) => r.key === key);
    const first = (key: string) => (rowOf(table.rows, key) ?? rowOf(before?.rows, key))!;
    if (table.kind === 'measures') {
      const rows: ReportRow[] = keys.map((key) => ({
        key,
        label: first(key).label,
        unit: first(key).unit,
        current: measureCell(rowOf(table.rows, key), threshold),
        previous: measureCell(rowOf(before?.rows, key), threshold),
      }));
      return { table, published: { id: table.id, kind: table.kind, rows, total: null } satisfies ReportTable };
    }
    // A breakdown row missing in one period counted nobody there.
    const now = breakdownCells(keys.map((k) => rowOf(table.rows, k)?.value ?? 0), threshold);
    const then = before ? breakdownCells(keys.map((k) => rowOf(before.rows, k)?.value ?? 0), threshold) : null;
    const rows: ReportRow[] = keys.map((key, i) => ({
      key,
      label: first(key).label,
      unit: first(key).unit,
      current: now.cells[i]!,
      previous: then ? then.cells[i]! : none,
    }));
    return { table, published: { id: table.id, kind: table.kind, rows, total: { current: now.total, previous: then ? then.total : none } } satisfies ReportTable };
  });

  // A total hidden in a breakdown stays hidden where a measure publishes the same number.
  for (const { table, published } of tables) {
    if (!table.totalRow || !published.total) continue;
    for (const period of ['current', 'previous'] as const) {
      if (published.total[period].mark !== 'hidden') continue;
      for (const other of tables) {
        for (const row of other.published.rows) if (row.key === table.totalRow && other.table.kind === 'measures') row[period] = masked('hidden');
      }
    }
  }
  return tables.map((t) => t.published);
}
