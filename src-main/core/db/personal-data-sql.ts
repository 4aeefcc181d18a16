import type { DataSource, EntityManager } from 'typeorm';
import { rawConnection } from './open-database';
import { mergeTextIndexes } from './text-search';

/**
 * Statements over the tables and columns modules declare as holding personal data
 * (CoreModule.personalData). They are named by the descriptors, not by entities, so they are
 * built here — the one place raw SQL is allowed — from identifiers checked against the schema.
 */
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A reference as it is compared: case, spaces and dots do not matter (`A. K.` = `a.k.` = `AK`). */
export const NORMALISED = (column: string) => `lower(replace(replace(${quote(column)}, ' ', ''), '.', ''))`;

/** Rows of `table` whose normalised reference column equals `normalised`, with their rowid. */
export async function rowsWithReference(db: EntityManager, table: string, columns: readonly string[], normalised: string): Promise<Record<string, unknown>[]> {
  if (columns.length === 0) return [];
  const where = columns.map((c) => `${NORMALISED(c)} = ?`).join(' OR ');
  return (await db.query(`SELECT rowid AS _rowid, * FROM ${quote(table)} WHERE ${where}`, columns.map(() => normalised))) as Record<string, unknown>[];
}

/** Rows whose free text mentions one of `variants` (as typed, case-insensitively). */
export async function rowsMentioning(db: EntityManager, table: string, columns: readonly string[], variants: readonly string[]): Promise<Record<string, unknown>[]> {
  if (columns.length === 0 || variants.length === 0) return [];
  const conditions = columns.flatMap((c) => variants.map(() => `instr(lower(${quote(c)}), lower(?)) > 0`));
  const params = columns.flatMap(() => variants);
  return (await db.query(`SELECT rowid AS _rowid, * FROM ${quote(table)} WHERE ${conditions.join(' OR ')}`, params)) as Record<string, unknown>[];
}

/**
 * Anonymises the rows that carry the reference: every reference column becomes a placeholder
 * naming only the row (references may be unique), every free-text column of those rows is
 * emptied. The rows stay, so counts and indicators stay.
 */
export async function anonymiseReferenceRows(db: EntityManager, table: string, referenceColumns: readonly string[], freeTextColumns: readonly string[], normalised: string, placeholder: string): Promise<number> {
  if (referenceColumns.length === 0) return 0;
  const where = referenceColumns.map((c) => `${NORMALISED(c)} = ?`).join(' OR ');
  const sets = [
    ...referenceColumns.map((c) => `${quote(c)} = CASE WHEN ${quote(c)} IS NULL THEN NULL ELSE ? || rowid || ']' END`),
    ...freeTextColumns.filter((c) => !referenceColumns.includes(c)).map((c) => `${quote(c)} = CASE WHEN ${quote(c)} IS NULL THEN NULL ELSE '' END`),
  ];
  const params = [...referenceColumns.map(() => `[${placeholder} `), ...referenceColumns.map(() => normalised)];
  const before = (await db.query(`SELECT count(*) AS n FROM ${quote(table)} WHERE ${where}`, referenceColumns.map(() => normalised))) as { n: number }[];
  await db.query(`UPDATE ${quote(table)} SET ${sets.join(', ')} WHERE ${where}`, params);
  return before[0]?.n ?? 0;
}

/** Text values of `columns` in the given rows, by rowid (dates to coarsen before anonymising). */
export async function rowValues(db: EntityManager, table: string, columns: readonly string[], rowids: readonly number[]): Promise<{ rowid: number; values: Record<string, string | null> }[]> {
  const out: { rowid: number; values: Record<string, string | null> }[] = [];
  for (let i = 0; i < rowids.length && columns.length > 0; i += 500) {
    const chunk = rowids.slice(i, i + 500);
    const rows = (await db.query(`SELECT rowid AS _rowid, ${columns.map(quote).join(', ')} FROM ${quote(table)} WHERE rowid IN (${chunk.map(() => '?').join(', ')})`, chunk)) as Record<string, unknown>[];
    for (const row of rows) out.push({ rowid: Number(row['_rowid']), values: Object.fromEntries(columns.map((c) => [c, row[c] == null ? null : String(row[c])])) });
  }
  return out;
}

/** Sets text columns of one row. */
export async function setRowValues(db: EntityManager, table: string, rowid: number, values: Record<string, string | null>): Promise<void> {
  const columns = Object.keys(values);
  if (columns.length === 0) return;
  await db.query(`UPDATE ${quote(table)} SET ${columns.map((c) => `${quote(c)} = ?`).join(', ')} WHERE rowid = ?`, [...columns.map((c) => values[c]), rowid]);
}

/** Rowids of the rows whose normalised reference column equals `normalised`. */
export async function rowidsWithReference(db: EntityManager, table: string, columns: readonly string[], normalised: string): Promise<number[]> {
  if (columns.length === 0) return [];
  const where = columns.map((c) => `${NORMALISED(c)} = ?`).join(' OR ');
  const rows = (await db.query(`SELECT rowid AS r FROM ${quote(table)} WHERE ${where} ORDER BY rowid`, columns.map(() => normalised))) as { r: number }[];
  return rows.map((row) => row.r);
}

/** Replaces every mention of each variant in free text (case-insensitively) with `replacement`. */
export async function scrubMentions(db: EntityManager, table: string, column: string, variants: readonly string[], replacement: string): Promise<number> {
  let changed = 0;
  for (const variant of variants) {
    const rows = (await db.query(`SELECT rowid AS r, ${quote(column)} AS v FROM ${quote(table)} WHERE instr(lower(${quote(column)}), lower(?)) > 0`, [variant])) as { r: number; v: string }[];
    for (const row of rows) {
      // Case-insensitive replace in JS (SQLite's replace() is case-sensitive); the pattern is escaped.
      const next = row.v.replace(new RegExp(variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), replacement);
      await db.query(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE rowid = ?`, [next, row.r]);
      changed++;
    }
  }
  return changed;
}

/** Distinct non-empty values of reference columns, for matching erasure-ledger hashes after a restore. */
export async function distinctReferences(db: EntityManager, table: string, column: string): Promise<string[]> {
  const rows = (await db.query(`SELECT DISTINCT ${quote(column)} AS v FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL AND ${quote(column)} <> ''`)) as { v: string }[];
  return rows.map((r) => String(r.v));
}

/**
 * Makes erased bytes unrecoverable: with secure_delete on, freed cells are zeroed; the search
 * indexes are merged so no old segment keeps an erased name's trigrams; then the WAL is
 * copied back and emptied, the file rebuilt without free pages (VACUUM), and the WAL emptied
 * again. Runs outside any transaction (VACUUM cannot run inside one).
 */
export function compactErased(dataSource: DataSource): void {
  const raw = rawConnection(dataSource);
  enableSecureDelete(dataSource);
  mergeTextIndexes(raw);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('VACUUM');
  raw.pragma('wal_checkpoint(TRUNCATE)');
}

/** From now on this connection overwrites deleted content with zeros (erasures, purges). */
export function enableSecureDelete(dataSource: DataSource): void {
  rawConnection(dataSource).pragma('secure_delete = ON');
}

export interface RetentionScope {
  table: string;
  startColumn: string;
  startWhen?: { column: string; in: readonly string[] } | undefined;
  /** ISO instant: rows whose start event lies before it are due. */
  cutoff: string;
  referenceColumns: readonly string[];
  freeTextColumns: readonly string[];
}

/**
 * Row ids a deletion class reaches now: the start event happened before the cutoff, and the row
 * still holds personal data (a row already anonymised is not listed again).
 */
export async function retentionDue(db: EntityManager, scope: RetentionScope): Promise<number[]> {
  const conditions = [`${quote(scope.startColumn)} <> ''`, `${quote(scope.startColumn)} < ?`];
  const params: unknown[] = [scope.cutoff];
  if (scope.startWhen) {
    conditions.push(`${quote(scope.startWhen.column)} IN (${scope.startWhen.in.map(() => '?').join(', ')})`);
    params.push(...scope.startWhen.in);
  }
  const holds = [
    ...scope.referenceColumns.map((c) => `(${quote(c)} IS NOT NULL AND ${quote(c)} <> '' AND ${quote(c)} NOT LIKE '[gelöscht %')`),
    ...scope.freeTextColumns.filter((c) => !scope.referenceColumns.includes(c)).map((c) => `(${quote(c)} IS NOT NULL AND ${quote(c)} <> '')`),
  ];
  if (holds.length > 0) conditions.push(`(${holds.join(' OR ')})`);
  const rows = (await db.query(`SELECT rowid AS r FROM ${quote(scope.table)} WHERE ${conditions.join(' AND ')} ORDER BY rowid`, params)) as { r: number }[];
  return rows.map((row) => row.r);
}

/** Anonymises rows by rowid as erasure does (references replaced, free text emptied), or deletes them. */
export async function applyRetention(db: EntityManager, scope: RetentionScope, rowids: readonly number[], action: 'delete' | 'anonymise'): Promise<void> {
  for (let i = 0; i < rowids.length; i += 500) {
    const chunk = rowids.slice(i, i + 500);
    const inList = chunk.map(() => '?').join(', ');
    if (action === 'delete') {
      await db.query(`DELETE FROM ${quote(scope.table)} WHERE rowid IN (${inList})`, chunk);
      continue;
    }
    const sets = [
      ...scope.referenceColumns.map((c) => `${quote(c)} = CASE WHEN ${quote(c)} IS NULL THEN NULL ELSE '[gelöscht ' || rowid || ']' END`),
      ...scope.freeTextColumns.filter((c) => !scope.referenceColumns.includes(c)).map((c) => `${quote(c)} = CASE WHEN ${quote(c)} IS NULL THEN NULL ELSE '' END`),
    ];
    if (sets.length > 0) await db.query(`UPDATE ${quote(scope.table)} SET ${sets.join(', ')} WHERE rowid IN (${inList})`, chunk);
  }
}

/** The values of reference columns in the given rows (before a purge replaces them), for scrubbing their mentions elsewhere. */
export async function referenceValues(db: EntityManager, table: string, columns: readonly string[], rowids: readonly number[]): Promise<string[]> {
  const values = new Set<string>();
  for (let i = 0; i < rowids.length && columns.length > 0; i += 500) {
    const chunk = rowids.slice(i, i + 500);
    const rows = (await db.query(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} WHERE rowid IN (${chunk.map(() => '?').join(', ')})`, chunk)) as Record<string, unknown>[];
    for (const row of rows) for (const c of columns) if (typeof row[c] === 'string' && row[c]) values.add(row[c]);
  }
  return [...values];
}
