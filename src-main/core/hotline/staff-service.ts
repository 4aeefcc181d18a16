import type { EntityManager } from 'typeorm';
import type { StaffMember } from '../../contract/hotline';
import { AppError } from '../errors';
import { users } from '../users/users-service';

/** Active people with the hotline role, by name: who a follow-up can be handed to. */
export async function hotlineStaff(db: EntityManager): Promise<StaffMember[]> {
  const active = await users(db).find({ where: { active: true }, order: { displayName: 'ASC' } });
  return active.filter((u) => u.roles.includes('hotline')).map((u) => ({ id: u.id, displayName: u.displayName }));
}

/** A follow-up's owner must be an active hotline user. */
export async function expectHotlineUser(db: EntityManager, userId: number): Promise<void> {
  const user = await users(db).findOneBy({ id: userId });
  if (!user || !user.active || !user.roles.includes('hotline')) throw new AppError('NOT_FOUND', 'owner is not an active hotline user');
}
