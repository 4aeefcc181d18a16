import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAdmin, type TestCore } from '../testing/test-core';
import { DEFAULT_POOL_SETTINGS } from './settings';
import { booking, interpreter, requester, startPoolCore } from '../testing/pool-fixtures';
import { workHours } from '../testing/staff';

let t: TestCore;
beforeEach(async () => {
  t = await startPoolCore();
});
afterEach(() => t.cleanup());

describe('pool settings', () => {
  it('start with the published defaults and change what matching and fees use', async () => {
    expect(await t.must('pool.settingsGet', {})).toEqual({ ...DEFAULT_POOL_SETTINGS, version: 1 });
    const laila = await t.must('pool.interpreterSave', interpreter());
    const req = await requester(t);
    const [id] = (await t.must('pool.bookingCreate', booking(req, '2026-11-23T10:00'))).ids;
    await t.must('pool.assignmentPropose', { id: id!, interpreterId: laila.id });
    await t.must('pool.assignmentConfirm', { id: id! });
    await workHours(t, 2);
    await t.must('pool.assignmentComplete', { id: id!, actualMinutes: 60, travelKm: 10 });
    expect((await t.must('pool.feeStatement', { interpreterId: laila.id, month: '2026-11' })).totals.totalCents).toBe(2000 + 280);

    // 25 € first hour, 0.30 €/km: the statement follows at once.
    const saved = await t.must('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, firstHourCents: 2500, kmCents: 30, travelBufferMinutes: 45, version: 1 });
    expect(saved).toMatchObject({ firstHourCents: 2500, kmCents: 30, travelBufferMinutes: 45, version: 2 });
    expect((await t.must('pool.feeStatement', { interpreterId: laila.id, month: '2026-11' })).totals.totalCents).toBe(2500 + 300);
  });

  it('reject values outside their range with the pool message and keep the old values', async () => {
    for (const bad of [{ supervisionWithinMonths: 0 }, { lowRatingThreshold: 6 }, { kmCents: 2.5 }]) {
      const result = await t.call('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, version: 1, ...bad });
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      const messages = (result.error.details?.issues as { message: string }[]).map((i) => i.message);
      expect(messages[0]).toMatch(/^(pool:validation\.outOfRange|validation:wholeNumber)$/);
    }
    // A negative fee or buffer says "0 or more", on its field.
    for (const field of ['travelBufferMinutes', 'firstHourCents', 'kmCents'] as const) {
      const result = await t.call('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, version: 1, [field]: -500 });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: field, message: 'validation:notNegative' }] } } });
    }
    expect(await t.must('pool.settingsGet', {})).toEqual({ ...DEFAULT_POOL_SETTINGS, version: 1 });
  });

  it('take the pool’s extra languages as canonical tags, refusing doubles and non-tags by field', async () => {
    const saved = await t.must('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, version: 1, extraLanguages: [{ code: 'KMR', name: 'Kurmancî (Badini)' }, { code: 'ar-lb', name: 'Arabisch – Levantinisch' }] });
    expect(saved.extraLanguages).toEqual([{ code: 'kmr', name: 'Kurmancî (Badini)' }, { code: 'ar-LB', name: 'Arabisch – Levantinisch' }]);
    // A booking in an extra language goes through at once: no release needed.
    const req = await requester(t);
    expect((await t.must('pool.bookingCreate', { ...booking(req, '2026-11-23T10:00'), language: 'ar-LB' })).ids).toHaveLength(1);

    for (const [extraLanguages, path, message] of [
      [[{ code: 'kmr', name: 'a' }, { code: 'KMR', name: 'b' }], 'extraLanguages.1.code', 'pool:validation.languageTwice'],
      [[{ code: 'kurmanji_x', name: 'a' }], 'extraLanguages.0.code', 'validation:language'],
      [[{ code: 'kmr', name: ' ' }], 'extraLanguages.0.name', 'validation:required'],
    ] as const) {
      const result = await t.call('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, version: 2, extraLanguages: [...extraLanguages] });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const issues = result.error.details?.issues as { path: string; message: string }[];
      expect(issues.map((i) => `${i.path}:${i.message}`)).toEqual([`${path}:${message}`]);
    }
    expect((await t.must('pool.settingsGet', {})).version).toBe(2);
  });

  it('are open to an admin without the coordinator role (Administration page)', async () => {
    await t.must('session.logout', {});
    await loginAdmin(t);
    expect((await t.must('pool.settingsGet', {})).travelBufferMinutes).toBe(30);
    await t.must('pool.settingsSave', { ...DEFAULT_POOL_SETTINGS, travelBufferMinutes: 20, version: 1 });
    expect((await t.must('pool.settingsGet', {})).travelBufferMinutes).toBe(20);
    // The rest of the pool stays closed to them.
    expect(await t.call('pool.interpretersList', { search: '', status: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
