import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { germanCsvRows, sheetRows } from '../testing/files';
import { CASEWORKER, household, startHousingCore } from '../testing/housing-fixtures';
import { colleague } from '../testing/staff';
import { ADMIN, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await startHousingCore();
});
afterEach(() => t.cleanup());

describe('exporting the case list (households)', () => {
  it('writes every case with the list’s order and the screen’s stage names', async () => {
    const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft Lingener Straße', address: 'Lingener Str. 1, 48429 Rheine', units: 4, beds: 20 });
    for (const [reference, members] of [['HH-001', 3], ['HH-002', 1], ['HH-003', 5]] as const) {
      await t.must('housing.householdRegister', { household: household(reference, members), accommodationId: shelter.id, movedInOn: '2025-05-01' });
    }
    const filter = { includeEnded: false, sort: 'members' as const, direction: 'asc' as const, offset: 0, limit: 2 };
    const listed = await t.must('housing.casesList', { ...filter, limit: 500 });
    const stage = listed.rows[0]!.stage;
    const texts = {
      title: 'Auszugsfälle',
      headers: { reference: 'Aktenzeichen', stage: 'Phase', daysInStage: 'Tage in der Phase', members: 'Personen', accommodation: 'Unterkunft', expiringDocuments: 'Ablaufende Dokumente' },
      words: { [`housing:stage.${stage}`]: 'Neu aufgenommen' },
    };
    const columns = ['reference', 'stage', 'daysInStage', 'members', 'accommodation', 'expiringDocuments'] as const;
    const csv = germanCsvRows(await t.must('housing.casesExport', { format: 'csv', filter, columns: [...columns], texts }));
    expect(csv).toEqual([
      ['Aktenzeichen', 'Phase', 'Tage in der Phase', 'Personen', 'Unterkunft', 'Ablaufende Dokumente'],
      ...listed.rows.map((r) => [r.reference, 'Neu aufgenommen', String(r.daysInStage), String(r.members), 'Unterkunft Lingener Straße', '0']),
    ]);
    expect(csv.slice(1).map((r) => r[0])).toEqual(['HH-002', 'HH-001', 'HH-003']);

    const xlsx = await sheetRows(await t.must('housing.casesExport', { format: 'xlsx', filter: { ...filter, direction: 'desc' }, columns: ['members', 'reference'], texts }));
    expect(xlsx).toEqual([
      ['Personen', 'Aktenzeichen'],
      [5, 'HH-003'],
      [3, 'HH-001'],
      [1, 'HH-002'],
    ]);

    const admin = await colleague(t, ADMIN, 'admin-desk');
    const audited = (await admin.must('audit.list', { filter: { action: 'export', entity: 'moveOutCase' } })).entries;
    expect(audited.map((e) => [e.userName, e.details])).toEqual([
      [CASEWORKER.displayName, { format: 'xlsx', count: 3, filter: { stage: null, includeEnded: false, sort: 'members' }, columns: ['members', 'reference'] }],
      [CASEWORKER.displayName, { format: 'csv', count: 3, filter: { stage: null, includeEnded: false, sort: 'members' }, columns: [...columns] }],
    ]);
    expect(JSON.stringify(audited)).not.toContain('HH-00');
  });
});
