import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { germanCsvRows, sheetRows } from '../testing/files';
import { callInput, HANNA, hotlineCore, newEmployer, taxonomyByKey } from '../testing/hotline-fixtures';
import { colleague } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const WORDS = {
  'hotline:urgency.high': 'hoch',
  'hotline:urgency.normal': 'normal',
  'hotline:status.open': 'offen',
  'hotline:status.closed': 'abgeschlossen',
};

describe('exporting the hotline’s lists', () => {
  it('writes every page of the call list with its filter, the admin’s labels and the screen’s words', async () => {
    const tax = await taxonomyByKey(t);
    const emsblick = await newEmployer(t, 'Gasthof Emsblick');
    const tischlerei = await newEmployer(t, 'Tischlerei Köster; Söhne');
    // 30 calls (the list shows 25 a page), a minute apart, alternating employer and urgency.
    for (let i = 0; i < 30; i++) {
      const employerId = i % 2 === 0 ? emsblick.id : tischlerei.id;
      await t.must('hotline.callLog', { draftId: null, followUp: null, call: await callInput(t, employerId, { urgency: i % 3 === 0 ? 'high' : 'normal' }) });
      t.clock.advance(60_000);
    }
    const words = { ...WORDS, [`hotline:taxonomy.${tax('legal').id}`]: 'Rechtliches', [`hotline:taxonomy.${tax('routing.foreignersAuthority').id}`]: 'Ausländerbehörde' };
    const texts = {
      title: 'Anrufe',
      headers: { startedAt: 'Wann', employer: 'Arbeitgeber', callerName: 'Anrufer:in', topic: 'Thema', routing: 'Weiterleitung', urgency: 'Dringlichkeit', status: 'Status', openFollowUps: 'Offene Nachverfolgungen' },
      words,
    };
    const columns = ['startedAt', 'employer', 'callerName', 'topic', 'routing', 'urgency', 'status', 'openFollowUps'] as const;
    const filter = { status: 'all' as const, employerId: null, query: '', page: 2 };
    const csv = germanCsvRows(await t.must('hotline.callsExport', { format: 'csv', filter, columns: [...columns], texts }));

    // The same rows as the screen's two pages, in the same order, as Excel would show them.
    const screen: string[][] = [];
    for (const page of [1, 2]) {
      for (const c of (await t.must('hotline.callsList', { ...filter, page })).items) {
        // 2026-11-23T08:05:00.000Z is 09:05 in Rheine.
        const local = new Date(new Date(c.startedAt).getTime() + 3_600_000).toISOString();
        const when = `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
        screen.push([when, c.employerName, c.callerName, 'Rechtliches', 'Ausländerbehörde', c.urgency === 'high' ? 'hoch' : 'normal', 'offen', '0']);
      }
    }
    expect(screen).toHaveLength(30);
    expect(csv).toEqual([['Wann', 'Arbeitgeber', 'Anrufer:in', 'Thema', 'Weiterleitung', 'Dringlichkeit', 'Status', 'Offene Nachverfolgungen'], ...screen]);
    // A `;` inside a name stays inside its column.
    expect(csv.filter((r) => r[1] === 'Tischlerei Köster; Söhne')).toHaveLength(15);

    // One employer only (the employer page's history), as XLSX: numbers stay numbers.
    const xlsx = await sheetRows(await t.must('hotline.callsExport', { format: 'xlsx', filter: { ...filter, employerId: emsblick.id }, columns: ['employer', 'openFollowUps'], texts }));
    expect(xlsx).toEqual([['Arbeitgeber', 'Offene Nachverfolgungen'], ...Array.from({ length: 15 }, () => ['Gasthof Emsblick', 0])]);

    const employers = await sheetRows(
      await t.must('hotline.employersExport', {
        format: 'xlsx',
        filter: { query: 'köster', page: 1 },
        columns: ['name', 'city', 'calls'],
        texts: { title: 'Arbeitgeber', headers: { name: 'Name', city: 'Ort', calls: 'Anrufe' }, words: {} },
      }),
    );
    expect(employers).toEqual([
      ['Name', 'Ort', 'Anrufe'],
      ['Tischlerei Köster; Söhne', 'Rheine', 15],
    ]);

    const admin = await colleague(t, ADMIN, 'admin-desk');
    const audited = (await admin.must('audit.list', { filter: { action: 'export' } })).entries;
    expect(audited.map((e) => [e.userName, e.entity, e.details])).toEqual([
      [HANNA.displayName, 'hotlineEmployer', { format: 'xlsx', count: 1, filter: { search: true }, columns: ['name', 'city', 'calls'] }],
      [HANNA.displayName, 'hotlineCall', { format: 'xlsx', count: 15, filter: { status: 'all', employerId: emsblick.id, search: false }, columns: ['employer', 'openFollowUps'] }],
      [HANNA.displayName, 'hotlineCall', { format: 'csv', count: 30, filter: { status: 'all', employerId: null, search: false }, columns: [...columns] }],
    ]);
    expect(JSON.stringify(audited)).not.toMatch(/Köster|Emsblick/);

    // Only hotline staff may export its lists: the admin is refused.
    expect(await admin.call('hotline.callsExport', { format: 'csv', filter, columns: ['employer'], texts })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
