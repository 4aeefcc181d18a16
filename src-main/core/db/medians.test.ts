import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingEntity } from '../settings/setting.entity';
import { openTestDatabase } from '../testing/test-database';
import { mediansByGroup } from './medians';
import { wholeDaysBetween } from './sql-dialect';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

describe('medians in SQL', () => {
  it('take the middle value of an odd group and the mean of the middle two of an even one', async () => {
    // Settings rows stand in for any table: key = group and number, value = the number.
    const values: [string, number][] = [['a', 4], ['a', 1], ['a', 3], ['a', 2], ['b', 7], ['c', 9], ['c', 1], ['c', 5]];
    for (const [i, [group, n]] of values.entries()) await db.getRepository(SettingEntity).save({ key: `${group}:${i}`, value: String(n) });
    const medians = await mediansByGroup(
      db.manager,
      db.getRepository(SettingEntity).createQueryBuilder('s').select(`substr(s.key, 1, 1)`, 'grp').addSelect('CAST(s.value AS INTEGER)', 'value').where('s.key LIKE :p', { p: '_:%' }),
    );
    expect(Object.fromEntries(medians)).toEqual({ a: 2.5, b: 7, c: 5 });
  });

  it('count whole days exactly, never one short after floating-point rounding', async () => {
    const days = async (later: string, earlier: string) =>
      Number((await db.query(`SELECT ${wholeDaysBetween('?', '?')} AS d`, [later, earlier]))[0].d);
    expect(await days('2026-03-30T10:00:00.000Z', '2026-03-29T10:00:00.000Z')).toBe(1);
    expect(await days('2026-03-30T09:59:59.999Z', '2026-03-29T10:00:00.000Z')).toBe(0);
    expect(await days('2031-07-01T08:15:00.000Z', '2026-01-01T08:15:00.000Z')).toBe(2007);
    expect(await days('2026-01-01T00:00:00.000Z', '2026-01-03T12:00:00.000Z')).toBe(-2);
  });
});
