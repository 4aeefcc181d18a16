import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingEntity } from '../settings/setting.entity';
import { openTestDatabase } from '../testing/test-database';
import { containsPattern, LIKE_ESCAPE } from './like';

let db: DataSource;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.destroy());

describe('search patterns', () => {
  it('match % and _ and \\ as typed, not as wildcards', async () => {
    const keys = ['100% Bio', '100 Bio', 'a_b', 'axb', 'c\\d', 'cd'];
    for (const key of keys) await db.getRepository(SettingEntity).save({ key, value: '""' });
    const search = async (term: string) =>
      (
        await db
          .getRepository(SettingEntity)
          .createQueryBuilder('s')
          .where(`s.key LIKE :q ${LIKE_ESCAPE}`, { q: containsPattern(term) })
          .orderBy('s.key')
          .getMany()
      ).map((s) => s.key);
    expect(await search('0%')).toEqual(['100% Bio']);
    expect(await search('a_')).toEqual(['a_b']);
    expect(await search('c\\')).toEqual(['c\\d']);
    expect(await search('Bio')).toEqual(['100 Bio', '100% Bio']);
  });
});
