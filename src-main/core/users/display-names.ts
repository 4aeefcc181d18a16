import { In, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * Display names of the given users in one query, for "taken by", "recorded by" and history rows.
 * Deactivated users keep their names: a record must still say who did what.
 */
export async function displayNames(db: EntityManager, ids: Iterable<number | null | undefined>): Promise<Map<number, string>> {
  const wanted = [...new Set([...ids].filter((id): id is number => typeof id === 'number'))];
  if (wanted.length === 0) return new Map();
  const users = await db.getRepository(UserEntity).find({ where: { id: In(wanted) }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
