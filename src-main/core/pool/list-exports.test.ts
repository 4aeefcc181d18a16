import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { germanCsvRows, sheetRows } from '../testing/files';
import { booking, CARLA, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { colleague } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

// The screen's words in German, as the renderer sends them.
const WORDS = {
  'lang.ar': 'Arabisch',
  'lang.fa': 'Persisch',
  'pool:interpreterStatus.active': 'aktiv',
  'pool:interpreterStatus.paused': 'pausiert',
  'pool:focusPool.general': 'Allgemein',
  'pool:focusPool.health': 'Gesundheit',
  'pool:focusPool.mentalHealth': 'Psychische Gesundheit',
  'pool:topic.health': 'Gesundheit',
  'pool:status.requested': 'angefragt',
  'pool:status.cancelled': 'abgesagt',
};
const interpreterTexts = {
  title: 'Sprachmittelnde',
  headers: { name: 'Name', nameNative: 'Name (Schrift)', languages: 'Sprachen', focusPools: 'Pools', status: 'Status', lastSupervision: 'Letzte Supervision' },
  words: WORDS,
};
const ALL_INTERPRETER_COLUMNS = ['name', 'nameNative', 'languages', 'focusPools', 'status', 'lastSupervision'] as const;

async function auditedExports(entity: string) {
  const admin = await colleague(t, ADMIN, 'admin-desk');
  return (await admin.must('audit.list', { filter: { action: 'export', entity } })).entries;
}

describe('exporting the interpreter list', () => {
  it('writes the filtered list with the screen’s columns and words, as German Excel and exceljs read it back', async () => {
    await t.must('pool.interpreterSave', interpreter());
    await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Reza Ahmadi', nameNative: 'رضا احمدی', languages: [{ language: 'fa', dialect: '', level: 'native' }], focusPools: ['general'] }));
    await t.must('pool.interpreterSave', interpreter({ nameLatin: 'Omar Paused', nameNative: 'عمر', status: 'paused' }));

    const filter: InputOf<'pool.interpretersList'> = { search: '', status: 'active', offset: 0, limit: 1 };
    const csv = await t.must('pool.interpretersExport', { format: 'csv', filter, columns: [...ALL_INTERPRETER_COLUMNS], texts: interpreterTexts });
    expect(csv.fileName).toBe('sprachmittelnde-2026-11-23.csv');
    // Every page (the screen asked for one row at a time), only the active ones, in the list's order.
    expect(germanCsvRows(csv)).toEqual([
      ['Name', 'Name (Schrift)', 'Sprachen', 'Pools', 'Status', 'Letzte Supervision'],
      ['Laila Haddad', 'ليلى حداد', 'Arabisch (Levantinisch)', 'Allgemein, Gesundheit, Psychische Gesundheit', 'aktiv', '02.11.2026'],
      ['Reza Ahmadi', 'رضا احمدی', 'Persisch', 'Allgemein', 'aktiv', '02.11.2026'],
    ]);
    // The same rows as the list channel gives the screen.
    const listed = await t.must('pool.interpretersList', { ...filter, limit: 100 });
    expect(germanCsvRows(csv).slice(1).map((r) => r[0])).toEqual(listed.rows.map((r) => r.nameLatin));

    // Columns as the screen shows them, in its order; the date a real date in XLSX.
    const xlsx = await t.must('pool.interpretersExport', { format: 'xlsx', filter, columns: ['status', 'name', 'lastSupervision'], texts: interpreterTexts });
    expect(await sheetRows(xlsx)).toEqual([
      ['Status', 'Name', 'Letzte Supervision'],
      ['aktiv', 'Laila Haddad', new Date(Date.UTC(2026, 10, 2))],
      ['aktiv', 'Reza Ahmadi', new Date(Date.UTC(2026, 10, 2))],
    ]);

    // Audited under Carla with format, count and filter, never a name (newest first).
    const entries = await auditedExports('interpreter');
    expect(entries.map((e) => [e.userName, e.details])).toEqual([
      [CARLA.displayName, { format: 'xlsx', count: 2, filter: { search: '', status: 'active' }, columns: ['status', 'name', 'lastSupervision'] }],
      [CARLA.displayName, { format: 'csv', count: 2, filter: { search: '', status: 'active' }, columns: [...ALL_INTERPRETER_COLUMNS] }],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Haddad');
  });

  it('records a typed search only as “a text was searched”', async () => {
    await t.must('pool.interpreterSave', interpreter());
    const file = await t.must('pool.interpretersExport', {
      format: 'csv',
      filter: { search: 'Haddad', status: null, offset: 0, limit: 100 },
      columns: ['name'],
      texts: interpreterTexts,
    });
    expect(germanCsvRows(file)).toEqual([['Name'], ['Laila Haddad']]);
    const [entry] = await auditedExports('interpreter');
    expect(entry!.details).toEqual({ format: 'csv', count: 1, filter: { search: 'text', status: null }, columns: ['name'] });
  });

  it('refuses a column the list does not have, naming the field', async () => {
    const result = await t.call('pool.interpretersExport', {
      format: 'csv',
      filter: { search: '', status: null, offset: 0, limit: 100 },
      columns: ['name', 'phone'] as never,
      texts: interpreterTexts,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(JSON.stringify(result.error.details)).toContain('columns');
    }
  });
});

describe('exporting the assignment list', () => {
  it('writes every page of the filtered list (more than one page of 200)', async () => {
    const requesterId = await requester(t);
    const starts: string[] = [];
    // 205 requests over 41 working days, five a day an hour apart.
    for (let i = 0; i < 205; i++) {
      const day = new Date(Date.UTC(2026, 11, 1 + Math.floor(i / 5)));
      const start = `${day.toISOString().slice(0, 10)}T${String(8 + (i % 5)).padStart(2, '0')}:00`;
      starts.push(start);
      await t.must('pool.bookingCreate', booking(requesterId, start, { language: i % 2 === 0 ? 'ar' : 'fa' }));
    }
    const texts = { title: 'Einsätze', headers: { start: 'Wann', language: 'Sprache', topic: 'Thema', requester: 'Anfragende Stelle', interpreter: 'Sprachmittler:in', status: 'Status' }, words: WORDS };
    const filter: InputOf<'pool.assignmentsList'> = { status: 'requested', from: '', to: '', interpreterId: null, limit: 50, offset: 0 };
    const columns = ['start', 'language', 'topic', 'requester', 'interpreter', 'status'] as const;
    const csv = germanCsvRows(await t.must('pool.assignmentsExport', { format: 'csv', filter, columns: [...columns], texts }));
    expect(csv).toHaveLength(206);
    expect(csv[0]).toEqual(['Wann', 'Sprache', 'Thema', 'Anfragende Stelle', 'Sprachmittler:in', 'Status']);

    // Row for row what the screen's pages show.
    const screen: string[][] = [];
    for (let offset = 0; offset < 205; offset += 50) {
      const page = await t.must('pool.assignmentsList', { ...filter, offset });
      for (const r of page.rows) {
        const [d, time] = r.start.split('T') as [string, string];
        const [y, m, day] = d.split('-');
        screen.push([`${day}.${m}.${y} ${time}`, r.language === 'ar' ? 'Arabisch' : 'Persisch', 'Gesundheit', r.requesterName, '', 'angefragt']);
      }
    }
    expect(csv.slice(1)).toEqual(screen);

    const xlsx = await sheetRows(await t.must('pool.assignmentsExport', { format: 'xlsx', filter, columns: ['start', 'status'], texts }));
    expect(xlsx).toHaveLength(206);
    expect(new Set(xlsx.slice(1).map((r) => (r[0] as Date).toISOString().slice(0, 16)))).toEqual(new Set(starts));

    // Another status: nothing matches, only the heading is written.
    const cancelled = germanCsvRows(await t.must('pool.assignmentsExport', { format: 'csv', filter: { ...filter, status: 'cancelled' }, columns: ['status'], texts }));
    expect(cancelled).toEqual([['Status']]);
    const entries = await auditedExports('poolAssignment');
    expect(entries.map((e) => (e.details as { count: number }).count)).toEqual([0, 205, 205]);
  });
});
