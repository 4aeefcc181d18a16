import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit-log';
import { BACKUP_SETTINGS } from '../backup/backup-settings';
import { anonymiseReferenceRows, distinctReferences, rowidsWithReference, scrubMentions } from '../db/personal-data-sql';
import type { CoreModule, DataSubjectKind } from '../module';
import { readSetting } from '../settings/settings-store';
import { ErasureLedgerEntity, type ErasureLedgerEntry } from './erasure-ledger.entity';
import { coarsenDates } from './coarsen-dates';
import { writeLedgerFile, type LedgerFile } from './ledger-file';
import { adoptLedgerSalt, ledgerSalt, normaliseReference, referenceHash, referenceVariants } from './reference';

export type ErasureReason = 'request' | 'consentWithdrawn' | 'retention';

/** Whose data an erasure for a client reaches: the client, and the employee a hotline call is about (the hotline's client). */
export const CLIENT_SUBJECTS: readonly DataSubjectKind[] = ['client', 'employee'];

/** What an erasure needs of a module: its id and where its personal data sits. */
export type ErasableModule = Pick<CoreModule, 'contract' | 'personalData'>;

export interface ModuleErasure {
  module: string;
  /** Rows that carried the reference, kept for the statistics with their personal data removed. */
  anonymised: number;
  /** Free-text fields elsewhere whose mention of the reference was replaced. */
  scrubbed: number;
}

const PLACEHOLDER = 'gelöscht';
const MENTION = '[gelöscht]';

/**
 * The one erasure of a module, built from what its descriptor declares (personalData): rows
 * carrying the reference are anonymised (dates coarsened to the quarter, reference replaced, free
 * text emptied; the row stays so counts per quarter survive), mentions of the reference in any of its free text are replaced. Used by every
 * path that erases: a request, withdrawn consent, a restore re-applying the ledger.
 */
export async function eraseInModule(db: EntityManager, module: ErasableModule, reference: string): Promise<ModuleErasure> {
  const normalised = normaliseReference(reference);
  const variants = referenceVariants(reference);
  let anonymised = 0;
  let scrubbed = 0;
  for (const table of module.personalData.filter((p) => CLIENT_SUBJECTS.includes(p.subject))) {
    await coarsenDates(db, table.table, table.quarterDates, await rowidsWithReference(db, table.table, table.referenceColumns, normalised));
    anonymised += await anonymiseReferenceRows(db, table.table, table.referenceColumns, table.freeTextColumns, normalised, PLACEHOLDER);
    for (const column of table.freeTextColumns) scrubbed += await scrubMentions(db, table.table, column, variants, MENTION);
  }
  return { module: module.contract.id, anonymised, scrubbed };
}

/** Replaces mentions of a reference in every client free-text column of a module (retention's follow-up). */
export async function scrubModuleMentions(db: EntityManager, module: CoreModule, reference: string): Promise<number> {
  const variants = referenceVariants(reference);
  let scrubbed = 0;
  for (const table of module.personalData.filter((p) => CLIENT_SUBJECTS.includes(p.subject))) {
    for (const column of table.freeTextColumns) scrubbed += await scrubMentions(db, table.table, column, variants, MENTION);
  }
  return scrubbed;
}

/** Erases a client reference in the given modules and records each in the ledger (no personal data). Call in the write's transaction; compact afterwards. */
export async function eraseClient(
  db: EntityManager,
  modules: readonly ErasableModule[],
  input: { reference: string; reason: ErasureReason; actorId: number | null; now: Date },
): Promise<ModuleErasure[]> {
  const salt = await ledgerSalt(db);
  const results: ModuleErasure[] = [];
  for (const module of modules) {
    results.push(await eraseInModule(db, module, input.reference));
    await db.getRepository(ErasureLedgerEntity).insert({
      referenceHash: referenceHash(salt, module.contract.id, input.reference),
      module: module.contract.id,
      at: input.now.toISOString(),
      byUserId: input.actorId,
      reason: input.reason,
      scope: CLIENT_SCOPE,
    });
  }
  await writeLedgerBesideBackups(db);
  return results;
}

/** The ledger scope of a client erasure (the hash is of the reference). */
export const CLIENT_SCOPE = 'client';

/**
 * Records an erasure of part of one record (a module's `recordErasures` scope) in the ledger:
 * a salted hash of the record's id, so a restore of an older backup erases it again. Call in the
 * erasing write's transaction.
 */
export async function recordErasureInLedger(
  db: EntityManager,
  input: { module: string; scope: string; recordId: number; reason: ErasureReason; actorId: number | null; now: Date },
): Promise<void> {
  const salt = await ledgerSalt(db);
  await db.getRepository(ErasureLedgerEntity).insert({
    referenceHash: recordHash(salt, input.module, input.scope, input.recordId),
    module: input.module,
    at: input.now.toISOString(),
    byUserId: input.actorId,
    reason: input.reason,
    scope: input.scope,
  });
  await writeLedgerBesideBackups(db);
}

function recordHash(salt: string, module: string, scope: string, recordId: number): string {
  return referenceHash(salt, `${module}:${scope}`, String(recordId));
}

async function ledgerOf(db: EntityManager): Promise<LedgerFile> {
  const entries = await db.getRepository(ErasureLedgerEntity).find({ order: { id: 'ASC' } });
  return { salt: await ledgerSalt(db), entries: entries.map(({ id: _id, ...e }) => e) };
}

/** Keeps the sealed ledger beside the backups current (when backups are set up). */
export async function writeLedgerBesideBackups(db: EntityManager): Promise<void> {
  const settings = await readSetting(db, BACKUP_SETTINGS);
  if (!settings.folder || !settings.key) return;
  writeLedgerFile(settings.folder, Buffer.from(settings.key, 'hex'), await ledgerOf(db));
}

/**
 * After a restore, before anyone sees data: merges the newer ledger from beside the backups into
 * the restored one, then erases again every reference whose salted hash the ledger lists (found
 * by hashing each reference the module stores). Returns how many references were erased again.
 */
export async function reapplyLedger(db: EntityManager, modules: readonly CoreModule[], newer: LedgerFile | null, now: Date): Promise<number> {
  const repo = db.getRepository(ErasureLedgerEntity);
  if (newer) {
    await adoptLedgerSalt(db, newer.salt);
    const key = (e: { module: string; scope: string; referenceHash: string; at: string }) => `${e.module}\n${e.scope}\n${e.referenceHash}\n${e.at}`;
    const known = new Set((await repo.find()).map(key));
    const missing = newer.entries.filter((e) => !known.has(key(e)));
    // Users erased with may not exist in an older database: the entry keeps no user then.
    for (const e of missing) await repo.insert({ ...e, byUserId: null } satisfies Omit<ErasureLedgerEntry, 'id'>);
  }
  const entries = await repo.find();
  if (entries.length === 0) return 0;
  const salt = await ledgerSalt(db);
  let erased = 0;
  for (const module of modules) {
    erased += await reapplyRecordErasures(db, module, entries, salt, now);
    const hashes = new Set(entries.filter((e) => e.module === module.contract.id && e.scope === CLIENT_SCOPE).map((e) => e.referenceHash));
    if (hashes.size === 0) continue;
    const found = new Set<string>();
    for (const table of module.personalData.filter((p) => CLIENT_SUBJECTS.includes(p.subject))) {
      for (const column of table.referenceColumns) {
        for (const value of await distinctReferences(db, table.table, column)) {
          if (hashes.has(referenceHash(salt, module.contract.id, value))) found.add(value);
        }
      }
    }
    for (const reference of found) await eraseInModule(db, module, reference);
    if (found.size > 0) await appendAudit(db, { userId: null, action: 'erase', entity: 'client', details: { module: module.contract.id, reapplied: found.size } }, now);
    erased += found.size;
  }
  return erased;
}

/** Erases again the parts of records the ledger lists for a module's record erasures; returns how many records. */
async function reapplyRecordErasures(db: EntityManager, module: CoreModule, entries: readonly ErasureLedgerEntry[], salt: string, now: Date): Promise<number> {
  let erased = 0;
  for (const erasure of module.recordErasures ?? []) {
    const at = new Map<string, string>();
    for (const e of entries) if (e.module === module.contract.id && e.scope === erasure.scope) at.set(e.referenceHash, e.at);
    if (at.size === 0) continue;
    let count = 0;
    for (const id of await erasure.candidates(db)) {
      const when = at.get(recordHash(salt, module.contract.id, erasure.scope, id));
      if (when === undefined) continue;
      await erasure.erase(db, id, new Date(when));
      await appendAudit(db, { userId: null, action: 'erase', entity: erasure.auditEntity, entityId: String(id), details: { scope: erasure.scope, reapplied: true } }, now);
      count++;
    }
    erased += count;
  }
  return erased;
}
