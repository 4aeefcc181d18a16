import type { EntityManager } from 'typeorm';
import { rowValues, setRowValues } from '../db/personal-data-sql';
import type { PersonalDataTable } from '../module';
import { roundingShift, roundToQuarter, shiftBy } from './quarter-dates';

/**
 * Coarsens the dates a table declares (`quarterDates`) in the given rows to the quarter, before
 * they are anonymised: the rounded column goes to its quarter's first day, its `alongside`
 * columns move with it, its `collapse` columns take its rounded value. Returns how many rows changed.
 */
export async function coarsenDates(db: EntityManager, table: string, declared: PersonalDataTable['quarterDates'], rowids: readonly number[]): Promise<number> {
  if (!declared || declared.length === 0 || rowids.length === 0) return 0;
  const columns = [...new Set(declared.flatMap((d) => [d.column, ...(d.alongside ?? []), ...(d.collapse ?? [])]))];
  let changed = 0;
  for (const row of await rowValues(db, table, columns, rowids)) {
    const next: Record<string, string | null> = {};
    for (const d of declared) {
      const value = row.values[d.column];
      if (value == null) continue;
      const shift = roundingShift(value);
      const rounded = roundToQuarter(value);
      next[d.column] = rounded;
      for (const other of d.collapse ?? []) if (row.values[other] != null) next[other] = rounded;
      for (const other of d.alongside ?? []) {
        const v = row.values[other];
        if (v != null) next[other] = shiftBy(v, shift);
      }
    }
    if (Object.entries(next).some(([c, v]) => v !== row.values[c])) {
      await setRowValues(db, table, row.rowid, next);
      changed++;
    }
  }
  return changed;
}
