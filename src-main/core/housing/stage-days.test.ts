import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP } from '../composition';
import { openDatabase } from '../db/open-database';
import { openAs } from '../testing/test-database';
import { ADMIN, tempDir } from '../testing/test-core';
import { CASEWORKER, fromHere, household, startHousingCore } from '../testing/housing-fixtures';
import { later } from '../testing/staff';
import { HousingStageDays1766500000000 } from './migrations/1766500000000-stage-days';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIGRATIONS = APP.schema.migrations;
const N = MIGRATIONS.indexOf(HousingStageDays1766500000000);

type Row = { case_id: number; to_stage: string; days_in_stage: number | null; days_to_move_out: number | null };

describe('stage history: whole days stored at the move, for the indicators', () => {
  it('a move stores the days of the stay it ends; moving out stores every stage’s days to the move-out noon', async () => {
    const t = await startHousingCore();
    try {
      const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft Emsstraße', address: 'Emsstr. 2, 48431 Rheine', units: 2, beds: 8 });
      const card = await t.must('housing.householdRegister', { household: household('HH-DAYS'), accommodationId: shelter.id, movedInOn: '2025-05-01' });
      await t.must('housing.householdRegister', { household: household('HH-STAYS'), accommodationId: shelter.id, movedInOn: '2025-05-01' });
      await later(t, CASEWORKER, 2 * DAY + 23 * HOUR); // 2 whole days, not 3
      await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }));
      await later(t, CASEWORKER, DAY);
      await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'searching', reason: 'Wohnung anderweitig vergeben' }));
      await later(t, CASEWORKER, 3 * DAY);
      for (const to of ['viewingOffer', 'leaseSigned', 'movedOut']) await t.must('housing.caseMove', await fromHere(t, { id: card.id, to }));
      await later(t, CASEWORKER, 10 * DAY);
      await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'closed' }));
    } finally {
      await t.cleanup();
    }
    const db = await openAs(t.dataDir, ADMIN.username, ADMIN.password);
    try {
      const rows = (await db.query(`SELECT case_id, to_stage, at, days_in_stage, days_to_move_out FROM housing_stage_history ORDER BY id`)) as (Row & { at: string })[];
      const first = rows[0]!.case_id;
      const moved = (await db.query(`SELECT moved_out_on FROM housing_case WHERE id = ?`, [first])) as { moved_out_on: string }[];
      // Registered 2026-11-23T08:00Z; moved out at 2026-11-30T07:00Z, counted from that day's noon UTC.
      expect(moved[0]!.moved_out_on).toBe('2026-11-30');
      expect(rows.filter((r) => r.case_id === first).map((r) => [r.to_stage, r.days_in_stage, r.days_to_move_out])).toEqual([
        ['registered', 2, 7],
        ['viewingOffer', 1, 4],
        ['searching', 3, 3],
        ['viewingOffer', 0, 0],
        ['leaseSigned', 0, 0],
        ['movedOut', 10, 0],
        // Entered after the move: negative days, cut toward zero (as the forecast's SQL counted them).
        ['closed', null, -9],
      ]);
      // The other case neither ended a stay nor moved out.
      expect(rows.filter((r) => r.case_id !== first).map((r) => [r.days_in_stage, r.days_to_move_out])).toEqual([[null, null]]);
    } finally {
      await db.destroy();
    }
  });

  it('are filled for existing history by the migration from the stored ends and the case’s move-out day', async () => {
    expect(N).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'days.db');
    const key = crypto.randomBytes(32);
    const open = (count: number) =>
      openDatabase({ file, key, create: !fs.existsSync(file), schema: { entities: APP.schema.entities, migrations: MIGRATIONS.slice(0, count) } });
    const before = await open(N);
    // References are not the point here.
    await before.query(`PRAGMA foreign_keys = OFF`);
    await before.query(`INSERT INTO housing_case (id, household_id, stage, stage_since, moved_out_on, created_at, created_by) VALUES
      (1, 1, 'movedOut', '2026-01-09T08:00:00.000Z', '2026-01-10', '2026-01-01T08:00:00.000Z', 1),
      (2, 2, 'searching', '2026-01-05T08:00:00.000Z', NULL, '2026-01-02T08:00:00.000Z', 1)`);
    await before.query(`INSERT INTO housing_stage_history (case_id, from_stage, to_stage, at, ended_at, user_id, reason) VALUES
      (1, NULL, 'registered', '2026-01-01T08:00:00.000Z', '2026-01-05T07:59:59.999Z', 1, NULL),
      (2, NULL, 'registered', '2026-01-02T08:00:00.000Z', '2026-01-05T08:00:00.000Z', 1, NULL),
      (1, 'registered', 'movedOut', '2026-01-05T07:59:59.999Z', NULL, 1, NULL),
      (2, 'registered', 'searching', '2026-01-05T08:00:00.000Z', NULL, 1, NULL)`);
    await before.destroy();

    const after = await open(N + 1);
    try {
      const rows = (await after.query(`SELECT case_id, to_stage, days_in_stage, days_to_move_out FROM housing_stage_history ORDER BY id`)) as Row[];
      expect(rows.map((r) => [r.case_id, r.to_stage, r.days_in_stage, r.days_to_move_out])).toEqual([
        [1, 'registered', 3, 9],
        [2, 'registered', 3, null],
        [1, 'movedOut', null, 5],
        [2, 'searching', null, null],
      ]);
    } finally {
      await after.destroy();
    }
  });
});
