import { subMonths } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { PurgePlan, RetentionView } from '../../contract/privacy';
import { auditDue, purgeAudit } from '../audit/audit-retention';
import { applyRetention, referenceValues, retentionDue, type RetentionScope } from '../db/personal-data-sql';
import type { CoreModule, RetentionClass } from '../module';
import { defineSetting, readSetting, writeSetting } from '../settings/settings-store';
import { coarsenDates } from './coarsen-dates';
import { appendAudit } from '../audit/audit-log';
import { CLIENT_SUBJECTS, recordErasureInLedger, scrubModuleMentions } from './erasure';
import { ErasureLedgerEntity } from './erasure-ledger.entity';

/** The admin's choices per deletion class (months, legal basis as a note) and the pause switch. */
export const RETENTION_SETTINGS = defineSetting({
  key: 'privacy.retention',
  schema: z.object({
    paused: z.boolean(),
    months: z.record(z.string(), z.number().int().min(1).max(600)),
    notes: z.record(z.string(), z.string().max(500)),
    lastRun: z.object({ at: z.string(), rows: z.number().int() }).nullable(),
  }),
  defaults: { paused: false, months: {}, notes: {}, lastRun: null },
});

type Owned = { module: CoreModule; cls: RetentionClass };

/**
 * The audit trail's own deletion class ("audit entry + 2 years"): the core's, not a module's, in
 * the same settings, dry run, pause and purge as the modules' classes. Removed from the oldest
 * end only, with a chain start so the chain stays verifiable (audit/audit-retention.ts).
 */
export const AUDIT_RETENTION: RetentionClass = { id: 'core.auditEntry', table: 'audit_entry', startColumn: 'at', defaultMonths: 24, action: 'delete' };

const classesOf = (modules: readonly CoreModule[]): Owned[] => modules.flatMap((module) => module.retention.map((cls) => ({ module, cls })));
const allClasses = (modules: readonly CoreModule[]): RetentionClass[] => [...classesOf(modules).map((o) => o.cls), AUDIT_RETENTION];

export async function retentionView(db: EntityManager, modules: readonly CoreModule[]): Promise<RetentionView> {
  const s = await readSetting(db, RETENTION_SETTINGS);
  return {
    paused: s.paused,
    lastRun: s.lastRun,
    classes: allClasses(modules).map((cls) => ({ id: cls.id, table: cls.table, action: cls.action, defaultMonths: cls.defaultMonths, months: s.months[cls.id] ?? cls.defaultMonths, note: s.notes[cls.id] ?? '' })),
  };
}

function scopeOf({ module, cls }: Owned, months: number, now: Date): RetentionScope {
  const personal = module.personalData.filter((p) => p.table === cls.table && CLIENT_SUBJECTS.includes(p.subject));
  return {
    table: cls.table,
    startColumn: cls.startColumn,
    startWhen: cls.startWhen,
    cutoff: subMonths(now, months).toISOString(),
    referenceColumns: [...new Set(personal.flatMap((p) => p.referenceColumns))],
    freeTextColumns: [...new Set(personal.flatMap((p) => p.freeTextColumns))],
  };
}

/**
 * The dry run: exactly which rows each deletion class reaches now, and what happens to them. The
 * purge applies this same plan (computed again in its own transaction on the same clock), so
 * what the admin confirmed is what happens. Paused: an empty plan.
 */
export async function purgePlan(db: EntityManager, modules: readonly CoreModule[], now: Date): Promise<PurgePlan> {
  const s = await readSetting(db, RETENTION_SETTINGS);
  const classes = [];
  for (const owned of classesOf(modules)) {
    const months = s.months[owned.cls.id] ?? owned.cls.defaultMonths;
    const scope = scopeOf(owned, months, now);
    const rowIds = s.paused ? [] : await retentionDue(db, scope);
    classes.push({ id: owned.cls.id, table: owned.cls.table, action: owned.cls.action, months, cutoff: scope.cutoff, count: rowIds.length, rowIds, idRange: null });
  }
  const months = s.months[AUDIT_RETENTION.id] ?? AUDIT_RETENTION.defaultMonths;
  const cutoff = subMonths(now, months).toISOString();
  const due = s.paused ? null : await auditDue(db, cutoff);
  classes.push({
    id: AUDIT_RETENTION.id,
    table: AUDIT_RETENTION.table,
    action: AUDIT_RETENTION.action,
    months,
    cutoff,
    count: due?.count ?? 0,
    rowIds: [],
    idRange: due?.firstId != null && due.lastId != null ? { from: due.firstId, to: due.lastId } : null,
  });
  return { paused: s.paused, at: now.toISOString(), classes };
}

export async function applyPurge(db: EntityManager, modules: readonly CoreModule[], now: Date): Promise<PurgePlan> {
  const plan = await purgePlan(db, modules, now);
  if (plan.paused) return plan;
  const owned = classesOf(modules);
  for (const c of plan.classes) {
    if (c.id === AUDIT_RETENTION.id) {
      await purgeAudit(db, { count: c.count, firstId: c.idRange?.from ?? null, lastId: c.idRange?.to ?? null }, now);
      continue;
    }
    const o = owned.find((x) => x.cls.id === c.id)!;
    await purgeRows(db, o, c.months, c.rowIds, now);
    // In the erasure ledger (the class and its period, no reference), so a restore of an older backup purges again what this purge reached.
    if (c.count > 0) await recordErasureInLedger(db, { module: o.module.contract.id, scope: retentionScope(c.id, c.months), recordId: 0, reason: 'retention', actorId: null, now });
  }
  const s = await readSetting(db, RETENTION_SETTINGS);
  await writeSetting(db, RETENTION_SETTINGS, { ...s, lastRun: { at: now.toISOString(), rows: plan.classes.reduce((n, c) => n + c.count, 0) } });
  return plan;
}

async function purgeRows(db: EntityManager, o: Owned, months: number, rowIds: number[], now: Date): Promise<void> {
  const scope = scopeOf(o, months, now);
  const references = await referenceValues(db, scope.table, scope.referenceColumns, rowIds);
  if (o.cls.action === 'anonymise') {
    const declared = o.module.personalData.filter((p) => p.table === o.cls.table).flatMap((p) => p.quarterDates ?? []);
    await coarsenDates(db, o.cls.table, [...new Map(declared.map((d) => [d.column, d])).values()], rowIds);
  }
  await applyRetention(db, scope, rowIds, o.cls.action);
  // What staff wrote about these clients elsewhere in the module (a history note, feedback)
  // goes too; a mention in a record of the same client that is not yet due goes with it.
  for (const reference of references) await scrubModuleMentions(db, o.module, reference);
}

/** A purge's ledger scope: `retention:<class>:<months>` — what was due then is found again from the class, its period and the purge's time. */
const retentionScope = (classId: string, months: number) => `retention:${classId}:${months}`;

/**
 * After a restore (the ledger already merged): purges again, per deletion class, what its latest
 * recorded purge reached — the rows due at that purge's time under that period — whether or not
 * retention is paused in the restored settings. Returns how many rows it reached.
 */
export async function reapplyRetentionLedger(db: EntityManager, modules: readonly CoreModule[], now: Date): Promise<number> {
  const latest = new Map<string, { o: Owned; months: number; at: string }>();
  for (const e of await db.getRepository(ErasureLedgerEntity).find({ order: { id: 'ASC' } })) {
    const m = /^retention:(.+):(\d+)$/.exec(e.scope);
    const o = m && classesOf(modules).find((x) => x.cls.id === m[1] && x.module.contract.id === e.module);
    if (!m || !o) continue;
    const prior = latest.get(m[1]!);
    // Due means started before the cutoff, so the purge with the latest cutoff reached everything the earlier ones did.
    const reach = (x: { months: number; at: string }) => subMonths(new Date(x.at), x.months).getTime();
    if (!prior || reach({ months: Number(m[2]), at: e.at }) > reach(prior)) latest.set(m[1]!, { o, months: Number(m[2]), at: e.at });
  }
  let rows = 0;
  for (const { o, months, at } of latest.values()) {
    const then = new Date(at);
    const due = await retentionDue(db, scopeOf(o, months, then));
    if (due.length === 0) continue;
    await purgeRows(db, o, months, due, then);
    await appendAudit(db, { userId: null, action: 'purge', entity: 'retention', details: { reapplied: true, rows: { [o.cls.id]: due.length } } }, now);
    rows += due.length;
  }
  return rows;
}

export async function saveRetention(db: EntityManager, modules: readonly CoreModule[], input: { paused: boolean; classes: { id: string; months: number; note: string }[] }): Promise<void> {
  const known = new Set(allClasses(modules).map((cls) => cls.id));
  const s = await readSetting(db, RETENTION_SETTINGS);
  const chosen = input.classes.filter((c) => known.has(c.id));
  await writeSetting(db, RETENTION_SETTINGS, {
    ...s,
    paused: input.paused,
    months: { ...s.months, ...Object.fromEntries(chosen.map((c) => [c.id, c.months])) },
    notes: { ...s.notes, ...Object.fromEntries(chosen.map((c) => [c.id, c.note])) },
  });
}
