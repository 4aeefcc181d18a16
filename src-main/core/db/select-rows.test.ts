import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import { UserEntity } from '../users/user.entity';
import { distinctValues } from './distinct-values';
import { selectRows } from './select-rows';

describe('reading list rows', () => {
  it('gives what getRawMany gives (aliases, NULLs, boolean parameters), and distinct values by index seeks', async () => {
    const ds = await openTestDatabase();
    try {
      const users = ds.getRepository(UserEntity);
      const base = { roles: [], mustChangePassword: false, uiLanguage: null, autoLockMinutes: 10, createdAt: '2026-11-23T08:00:00.000Z', deactivatedAt: null, lastLoginAt: null };
      await users.save([
        { ...base, username: 'kai', displayName: 'Kai', active: true },
        { ...base, username: 'lea', displayName: 'Lea', active: false, deactivatedAt: '2026-11-24T08:00:00.000Z' },
        { ...base, username: 'mo', displayName: 'Mo', active: true, lastLoginAt: '2026-11-25T08:00:00.000Z' },
      ]);
      for (const active of [true, false]) {
        const q = users
          .createQueryBuilder('u')
          .select('u.username', 'name')
          .addSelect('u.deactivatedAt', 'gone')
          .addSelect('u.lastLoginAt IS NOT NULL', 'seen')
          .where('u.active = :active', { active })
          .orderBy('u.username', 'DESC');
        const rows = await selectRows(q);
        expect(rows).toEqual(await q.getRawMany());
        expect(rows.length).toBe(active ? 2 : 1);
        // The same statement again (kept prepared) reads the same.
        expect(await selectRows(q)).toEqual(rows);
      }
      expect(await distinctValues(ds.manager, UserEntity, 'displayName')).toEqual(['Kai', 'Lea', 'Mo']);
      await users.clear();
      expect(await distinctValues(ds.manager, UserEntity, 'displayName')).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
