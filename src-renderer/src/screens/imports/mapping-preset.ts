import type { ImportTargetId } from '../../../../src-main/contract/imports';

/**
 * Column mappings remembered per list on this workstation (only column names, never data), so the
 * next month's file from the same spreadsheet maps itself.
 */
const storageKey = (target: ImportTargetId) => `bruecke.importMapping.${target}`;

export function rememberMapping(target: ImportTargetId, columns: readonly string[], mapping: Record<string, number | null>): void {
  const byName = Object.fromEntries(Object.entries(mapping).flatMap(([field, index]) => (index === null ? [] : [[field, columns[index] ?? '']])));
  try {
    localStorage.setItem(storageKey(target), JSON.stringify(byName));
  } catch {
    // Storage full or switched off: the mapping is simply not remembered.
  }
}

/** The remembered column for each field, else a column whose name is the field's label or key. */
export function proposeMapping(target: ImportTargetId, fields: readonly string[], columns: readonly string[], label: (field: string) => string): Record<string, number | null> {
  let remembered: Record<string, string> = {};
  try {
    remembered = JSON.parse(localStorage.getItem(storageKey(target)) ?? '{}') as Record<string, string>;
  } catch {
    remembered = {};
  }
  const norm = (s: string) => s.trim().toLowerCase();
  return Object.fromEntries(
    fields.map((field) => {
      const wanted = [remembered[field], label(field), field].filter((x): x is string => !!x).map(norm);
      const index = columns.findIndex((c) => wanted.includes(norm(c)));
      return [field, index < 0 ? null : index];
    }),
  );
}
