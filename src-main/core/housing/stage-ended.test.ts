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
import { HousingStageEnded1766000000000 } from './migrations/1766000000000-stage-ended';

const DAY = 86_400_000;
const MIGRATIONS = APP.schema.migrations;
const N = MIGRATIONS.indexOf(HousingStageEnded1766000000000);

type Row = { case_id: number; to_stage: string; at: string; ended_at: string | null };

describe('stage history: when each stay in a stage ended', () => {
  it('is stored by the next move on the row it closes; the current stage stays open', async () => {
    const t = await startHousingCore();
    try {
      const shelter = await t.must('housing.accommodationSave', { name: 'Unterkunft Emsstraße', address: 'Emsstr. 2, 48431 Rheine', units: 2, beds: 8 });
      const card = await t.must('housing.householdRegister', { household: household('HH-END'), accommodationId: shelter.id, movedInOn: '2025-05-01' });
      await t.must('housing.householdRegister', { household: household('HH-OTHER'), accommodationId: shelter.id, movedInOn: '2025-05-01' });
      await later(t, CASEWORKER, 2 * DAY);
      await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'viewingOffer' }));
      await later(t, CASEWORKER, DAY);
      await t.must('housing.caseMove', await fromHere(t, { id: card.id, to: 'searching', reason: 'Wohnung anderweitig vergeben' }));
    } finally {
      await t.cleanup();
    }
    const db = await openAs(t.dataDir, ADMIN.username, ADMIN.password);
    try {
      const rows = (await db.query(`SELECT case_id, to_stage, at, ended_at FROM housing_stage_history ORDER BY id`)) as Row[];
      const first = rows[0]!.case_id;
      expect(rows.filter((r) => r.case_id === first).map((r) => [r.to_stage, r.at, r.ended_at])).toEqual([
        ['registered', '2026-11-23T08:00:00.000Z', '2026-11-25T08:00:00.000Z'],
        ['viewingOffer', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z'],
        ['searching', '2026-11-26T08:00:00.000Z', null],
      ]);
      // Another case's open stay is not closed by this case's moves.
      expect(rows.filter((r) => r.case_id !== first).map((r) => r.ended_at)).toEqual([null]);
    } finally {
      await db.destroy();
    }
  });

  it('is filled for existing history by the migration: the next row of the same case, the last one open', async () => {
    expect(N).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'stages.db');
    const key = crypto.randomBytes(32);
    const open = (count: number) =>
      openDatabase({ file, key, create: !fs.existsSync(file), schema: { entities: APP.schema.entities, migrations: MIGRATIONS.slice(0, count) } });
    const before = await open(N);
    // Rows of two cases interleaved, as moves on different cases are; references are not the point here.
    await before.query(`PRAGMA foreign_keys = OFF`);
    await before.query(`INSERT INTO housing_stage_history (case_id, from_stage, to_stage, at, user_id, reason) VALUES
      (1, NULL, 'registered', '2026-01-01T08:00:00.000Z', 1, NULL),
      (2, NULL, 'registered', '2026-01-02T08:00:00.000Z', 1, NULL),
      (1, 'registered', 'searching', '2026-01-05T08:00:00.000Z', 1, NULL),
      (1, 'searching', 'viewingOffer', '2026-01-09T08:00:00.000Z', 1, NULL),
      (3, NULL, 'registered', '2026-01-10T08:00:00.000Z', 1, NULL),
      (2, 'registered', 'paused', '2026-01-11T08:00:00.000Z', 1, 'krank')`);
    await before.destroy();

    const after = await open(N + 1);
    try {
      const rows = (await after.query(`SELECT case_id, to_stage, ended_at FROM housing_stage_history ORDER BY id`)) as Row[];
      expect(rows.map((r) => [r.case_id, r.to_stage, r.ended_at])).toEqual([
        [1, 'registered', '2026-01-05T08:00:00.000Z'],
        [2, 'registered', '2026-01-11T08:00:00.000Z'],
        [1, 'searching', '2026-01-09T08:00:00.000Z'],
        [1, 'viewingOffer', null],
        [3, 'registered', null],
        [2, 'paused', null],
      ]);
    } finally {
      await after.destroy();
    }
  });
});
