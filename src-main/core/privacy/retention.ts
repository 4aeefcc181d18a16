import { subMonths } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { PurgePlan, RetentionView } from '../../contract/privacy';
import { auditDue, purgeAudit } from '../audit/audit-retention';
import { applyRetention, referenceValues, retentionDue, type RetentionScope } from '../db/personal-data-sql';
import type { CoreModule, RetentionClass } from '../module';
import { defineSetting, readSetting, writeSetting } from '../settings/settings-store';
import { coarsenDates } from './coarsen-dates';
import { CLIENT_SUBJECTS, scrubModuleMentions } from './erasure';

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
    const scope = scopeOf(o, c.months, now);
    const references = await referenceValues(db, scope.table, scope.referenceColumns, c.rowIds);
    if (c.action === 'anonymise') {
      const declared = o.module.personalData.filter((p) => p.table === c.table).flatMap((p) => p.quarterDates ?? []);
      await coarsenDates(db, c.table, [...new Map(declared.map((d) => [d.column, d])).values()], c.rowIds);
    }
    await applyRetention(db, scope, c.rowIds, c.action);
    // What staff wrote about these clients elsewhere in the module (a history note, feedback)
    // goes too; a mention in a record of the same client that is not yet due goes with it.
    for (const reference of references) await scrubModuleMentions(db, o.module, reference);
  }
  const s = await readSetting(db, RETENTION_SETTINGS);
  await writeSetting(db, RETENTION_SETTINGS, { ...s, lastRun: { at: now.toISOString(), rows: plan.classes.reduce((n, c) => n + c.count, 0) } });
  return plan;
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
