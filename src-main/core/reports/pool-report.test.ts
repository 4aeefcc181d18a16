import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, ReportCell } from '../../contract';
import { workbookOf } from '../testing/files';
import { booking, CARLA, feedback, interpreter, requester } from '../testing/pool-fixtures';
import { later, signIn, startModuleCore, type Person } from '../testing/staff';
import { openAs } from '../testing/test-database';
import { loginAdmin, type TestCore } from '../testing/test-core';

const RITA: Person = { username: 'rita', displayName: 'Rita Steuerungsgruppe', password: 'Bericht-Rat-2026-Q4', roles: ['reporting'] };
const Q4 = { kind: 'quarter' as const, from: '2026-10-01' };

let t: TestCore;
beforeEach(async () => {
  t = await startModuleCore(['pool'], [CARLA, RITA], { autoLockMinutes: 120 });
});
afterEach(() => t.cleanup());

const show = (c: ReportCell) => (c.mark === 'shown' ? c.value : c.mark);
function table(report: Report, id: string): Record<string, number | string | null> {
  const found = report.tables.find((x) => x.id === id)!;
  const out: Record<string, number | string | null> = Object.fromEntries(found.rows.map((r) => [r.key, show(r.current)]));
  if (found.total) out.total = show(found.total.current);
  return out;
}

/**
 * The quarter written out by hand (Q4 2026, every session 60 min unless noted):
 * held 15 — Arabic 8 (health 5, school 3; 2 by video, one of 90 and one of 120 minutes),
 * Farsi 6 (health, on site), Tigrinya 1 (other, video); cancelled by the requester 2, no-show 1,
 * unmet (Pashto) 3; feedback on 6 sessions with overall 5, 4, 4, 3, 5, 5.
 */
async function seedQuarter(): Promise<void> {
  const ar = await t.must('pool.interpreterSave', interpreter());
  const fa = await t.must('pool.interpreterSave', interpreter({ nameNative: 'سارا', nameLatin: 'Sara Rahimi', languages: [{ language: 'fa', dialect: '', level: 'native' }] }));
  const ti = await t.must('pool.interpreterSave', interpreter({ nameNative: 'ሰላም', nameLatin: 'Selam Tesfay', languages: [{ language: 'ti', dialect: '', level: 'native' }] }));
  const practice = await requester(t);
  const school = (await t.must('pool.requesterSave', { id: null, name: 'Grundschule Dutum', type: 'school', trained: false, address: '', phone: '', contacts: [] })).id;

  let day = 0;
  const slot = () => {
    day++;
    return `2026-12-${String(day).padStart(2, '0')}T10:00`;
  };
  const book = async (interpreterId: number | null, over: Record<string, unknown>, req = practice) => {
    const [id] = (await t.must('pool.bookingCreate', booking(req, slot(), over))).ids;
    if (interpreterId !== null) {
      await t.must('pool.assignmentPropose', { id: id!, interpreterId });
      await t.must('pool.assignmentConfirm', { id: id! });
    }
    return id!;
  };
  const done: { id: number; minutes: number | null }[] = [];
  for (let i = 0; i < 5; i++) done.push({ id: await book(ar.id, { dialect: 'Levantinisch', setting: i < 2 ? 'video' : 'onSite', address: i < 2 ? '' : 'Emsstraße 1' }), minutes: i === 0 ? 90 : i === 1 ? 120 : null });
  for (let i = 0; i < 3; i++) done.push({ id: await book(ar.id, { dialect: 'Levantinisch', topic: 'school' }, school), minutes: null });
  for (let i = 0; i < 6; i++) done.push({ id: await book(fa.id, { language: 'fa' }), minutes: null });
  done.push({ id: await book(ti.id, { language: 'ti', topic: 'other', setting: 'video', address: '' }), minutes: null });
  const noShow = await book(ar.id, {});
  const cancelled = [await book(fa.id, { language: 'fa' }), await book(fa.id, { language: 'fa' })];
  const unmet = [await book(null, { language: 'ps' }), await book(null, { language: 'ps' }), await book(null, { language: 'ps' })];
  for (const id of cancelled) await t.must('pool.assignmentCancel', { id, by: 'requester', reason: '' });
  for (const id of unmet) await t.must('pool.assignmentUnmet', { id, reason: '' });

  await later(t, CARLA, new Date('2027-01-04T08:00:00Z'));
  for (const d of done) await t.must('pool.assignmentComplete', { id: d.id, actualMinutes: d.minutes, travelKm: null });
  await t.must('pool.assignmentNoShow', { id: noShow });
  const overall = [5, 4, 4, 3, 5, 5];
  for (const [i, score] of overall.entries()) {
    await t.must('pool.feedbackSave', feedback(done[i]!.id, { overall: score }));
  }
}

describe('the pool report for the reporting role', () => {
  it('is refused to a coordinator and open to the reporting role, which sees the pool among the modules', async () => {
    expect(await t.call('reports.get', { module: 'pool', period: Q4 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signIn(t, RITA);
    expect(await t.must('reports.modules', {})).toEqual(['pool']);
    expect(await t.call('reports.get', { module: 'hotline', period: Q4 })).toMatchObject({ ok: false, error: { code: 'MODULE_DISABLED' } });
    expect(await t.call('reports.get', { module: 'pool', period: { kind: 'custom', from: '2026-10-01' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'period.to', message: 'validation:required' }] } },
    });
  });

  it('counts the quarter as worked out by hand, with small counts suppressed so totals give nothing back', async () => {
    await seedQuarter();
    await signIn(t, RITA);
    const report = await t.must('reports.get', { module: 'pool', period: Q4 });
    expect(report.period).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(report.previous).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(report.threshold).toBe(5);

    expect(table(report, 'poolSummary')).toEqual({
      requests: 21,
      held: 15,
      // 13 × 60 + 90 + 120 minutes = 990 minutes = 16.5 hours.
      hours: 16.5,
      cancelled: 'small',
      lateCancelled: 0,
      noShow: 'small',
      unmet: 'small',
      activeInterpreters: 'small',
      feedbackCount: 6,
      feedbackShare: 40,
      // (5 + 4 + 4 + 3 + 5 + 5) / 6 = 4.33…
      ratingOverall: 4.3,
      ratingAccuracy: 4,
      ratingRole: 4,
      ratingPunctuality: 5,
      ratingConfidentiality: 5,
    });
    // Tigrinya 1 is small; Farsi 6 is hidden beside it (15 − 8 = 7 = 1 + 6 could be 2 + 5, 3 + 4 …).
    expect(table(report, 'byLanguage')).toEqual({ ar: 8, fa: 'hidden', ti: 'small', total: 15 });
    // School 3 and other 1 are both small; 4 between two small cells leaves 1 + 3, 2 + 2, 3 + 1.
    expect(table(report, 'byTopic')).toEqual({ health: 11, mentalHealth: 0, school: 'small', authority: 0, other: 'small', total: 15 });
    // Video 3: hiding on site (12) as well leaves 15 split many ways.
    expect(table(report, 'bySetting')).toEqual({ onSite: 'hidden', phone: 0, video: 'small', total: 15 });
    expect(table(report, 'byRequesterType')).toMatchObject({ practice: 'hidden', school: 'small', total: 15 });
    expect(table(report, 'unmetByLanguage')).toEqual({ ps: 'small', total: 'small' });
    // No value of a suppressed cell leaves the core.
    for (const row of report.tables.flatMap((x) => x.rows)) if (row.current.mark !== 'shown') expect(row.current.value).toBeNull();
    // The quarter before had nothing.
    expect(report.tables.find((x) => x.id === 'poolSummary')!.rows.find((r) => r.key === 'held')!.previous).toEqual({ value: 0, mark: 'shown' });
  });

  it('exports the same numbers as an XLSX workbook, suppression applied, and audits it', async () => {
    await seedQuarter();
    await signIn(t, RITA);
    const report = await t.must('reports.get', { module: 'pool', period: Q4 });
    const file = await t.must('reports.exportXlsx', {
      module: 'pool',
      period: Q4,
      texts: { 'table.byLanguage': 'Nach Sprache', 'row.byLanguage.ar': 'Arabisch', small: '< 5', hidden: 'x', total: 'Gesamt' },
      rightToLeft: false,
    });
    const sheet = (await workbookOf(file)).getWorksheet('Nach Sprache')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toEqual([
      ['Nach Sprache', 'Zeitraum'],
      ['Arabisch', 8],
      ['fa', 'x'],
      ['ti', '< 5'],
      ['Gesamt', 15],
    ]);
    expect(report.tables.find((x) => x.id === 'byLanguage')!.total!.current.value).toBe(15);

    // Read independently of the services: plain SQL on the encrypted file, after the core has closed.
    const dataDir = t.dataDir;
    await t.cleanup();
    const db = await openAs(dataDir, RITA.username, RITA.password);
    try {
      const held = (await db.query(
        `SELECT language, COUNT(*) AS n FROM pool_assignment WHERE status = 'done' AND start_local >= '2026-10-01' AND start_local < '2027-01-01' GROUP BY language ORDER BY language`,
      )) as { language: string; n: number }[];
      expect(held.map((r) => [r.language, Number(r.n)])).toEqual([
        ['ar', 8],
        ['fa', 6],
        ['ti', 1],
      ]);
      const [minutes] = (await db.query(`SELECT SUM(COALESCE(actual_minutes, duration_minutes)) AS m FROM pool_assignment WHERE status = 'done'`)) as { m: number }[];
      expect(Number(minutes!.m) / 60).toBe(16.5);
      // Viewing and exporting are audited under Rita, with what was asked for and no content.
      const audit = (await db.query(
        `SELECT a.action, a.details FROM audit_entry a JOIN user u ON u.id = a.user_id WHERE a.entity = 'report' AND u.username = 'rita' ORDER BY a.id`,
      )) as { action: string; details: string }[];
      expect(audit.map((a) => a.action)).toEqual(['list', 'export']);
      expect(JSON.parse(audit[1]!.details)).toEqual({ module: 'pool', from: '2026-10-01', to: '2026-12-31', format: 'xlsx' });
    } finally {
      await db.destroy();
    }
  });

  it('uses the threshold an admin sets, never below 3', async () => {
    await seedQuarter();
    await t.must('session.logout', {});
    await loginAdmin(t);
    const settings = await t.must('reports.settingsGet', {});
    expect(settings.smallCountThreshold).toBe(5);
    expect(await t.call('reports.settingsSave', { smallCountThreshold: 2, version: settings.version })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'smallCountThreshold', message: 'validation:between?min=3&max=50' }] } },
    });
    await t.must('reports.settingsSave', { smallCountThreshold: 3, version: settings.version });
    const report = await t.must('reports.get', { module: 'pool', period: Q4 });
    expect(table(report, 'bySetting')).toEqual({ onSite: 12, phone: 0, video: 3, total: 15 });
    await signIn(t, RITA);
    expect(await t.call('reports.settingsSave', { smallCountThreshold: 7, version: 2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
