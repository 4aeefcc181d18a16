import { subMonths } from 'date-fns';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { PurgePlan, RetentionView } from '../../contract/privacy';
import { applyRetention, referenceValues, retentionDue, type RetentionScope } from '../db/personal-data-sql';
import type { CoreModule, RetentionClass } from '../module';
import { defineSetting, readSetting, writeSetting } from '../settings/settings-store';
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

const classesOf = (modules: readonly CoreModule[]): Owned[] => modules.flatMap((module) => module.retention.map((cls) => ({ module, cls })));

export async function retentionView(db: EntityManager, modules: readonly CoreModule[]): Promise<RetentionView> {
  const s = await readSetting(db, RETENTION_SETTINGS);
  return {
    paused: s.paused,
    lastRun: s.lastRun,
    classes: classesOf(modules).map(({ cls }) => ({ id: cls.id, table: cls.table, action: cls.action, defaultMonths: cls.defaultMonths, months: s.months[cls.id] ?? cls.defaultMonths, note: s.notes[cls.id] ?? '' })),
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
    classes.push({ id: owned.cls.id, table: owned.cls.table, action: owned.cls.action, months, cutoff: scope.cutoff, rowIds: s.paused ? [] : await retentionDue(db, scope) });
  }
  return { paused: s.paused, at: now.toISOString(), classes };
}

export async function applyPurge(db: EntityManager, modules: readonly CoreModule[], now: Date): Promise<PurgePlan> {
  const plan = await purgePlan(db, modules, now);
  if (plan.paused) return plan;
  const owned = classesOf(modules);
  for (const c of plan.classes) {
    const o = owned.find((x) => x.cls.id === c.id)!;
    const scope = scopeOf(o, c.months, now);
    const references = await referenceValues(db, scope.table, scope.referenceColumns, c.rowIds);
    await applyRetention(db, scope, c.rowIds, c.action);
    // What staff wrote about these clients elsewhere in the module (a history note, feedback)
    // goes too; a mention in a record of the same client that is not yet due goes with it.
    for (const reference of references) await scrubModuleMentions(db, o.module, reference);
  }
  const s = await readSetting(db, RETENTION_SETTINGS);
  await writeSetting(db, RETENTION_SETTINGS, { ...s, lastRun: { at: now.toISOString(), rows: plan.classes.reduce((n, c) => n + c.rowIds.length, 0) } });
  return plan;
}

export async function saveRetention(db: EntityManager, modules: readonly CoreModule[], input: { paused: boolean; classes: { id: string; months: number; note: string }[] }): Promise<void> {
  const known = new Set(classesOf(modules).map((o) => o.cls.id));
  const s = await readSetting(db, RETENTION_SETTINGS);
  const chosen = input.classes.filter((c) => known.has(c.id));
  await writeSetting(db, RETENTION_SETTINGS, {
    ...s,
    paused: input.paused,
    months: { ...s.months, ...Object.fromEntries(chosen.map((c) => [c.id, c.months])) },
    notes: { ...s.notes, ...Object.fromEntries(chosen.map((c) => [c.id, c.note])) },
  });
}
