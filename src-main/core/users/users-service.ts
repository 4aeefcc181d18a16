import type { EntityManager } from 'typeorm';
import type { Role, UiLanguage, UserSummary } from '../../contract';
import { AppError } from '../errors';
import { UserEntity, type User } from './user.entity';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export function toSummary(user: User): UserSummary {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    version: user.version,
  };
}

export function users(db: EntityManager) {
  return db.getRepository(UserEntity);
}

export async function findUserByName(db: EntityManager, username: string): Promise<User | null> {
  return users(db).findOneBy({ username: username.trim().toLowerCase() });
}

export async function getUser(db: EntityManager, id: number): Promise<User> {
  const user = await users(db).findOneBy({ id });
  if (!user) throw new AppError('USER_NOT_FOUND');
  return user;
}

export async function listUsers(db: EntityManager, includeInactive: boolean): Promise<User[]> {
  return users(db).find({ where: includeInactive ? {} : { active: true }, order: { username: 'ASC' } });
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  uiLanguage?: UiLanguage | null;
}

export async function insertUser(db: EntityManager, input: NewUser, now: Date): Promise<User> {
  if (await findUserByName(db, input.username)) throw new AppError('USERNAME_TAKEN');
  return users(db).save({
    username: input.username,
    displayName: input.displayName,
    roles: [...new Set(input.roles)],
    active: true,
    mustChangePassword: input.mustChangePassword,
    uiLanguage: input.uiLanguage ?? null,
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    createdAt: now.toISOString(),
    deactivatedAt: null,
    lastLoginAt: null,
    version: 1,
    updatedAt: now.toISOString(),
    updatedBy: null,
  });
}

/** The installation must keep at least one active admin, or nobody could manage users. */
export async function assertAnotherAdminRemains(db: EntityManager, userId: number): Promise<void> {
  const admins = (await listUsers(db, false)).filter((u) => u.roles.includes('admin') && u.id !== userId);
  if (admins.length === 0) throw new AppError('LAST_ADMIN');
}

export function assertPasswordFitsUser(password: string, username: string): void {
  if (password.toLowerCase().includes(username.toLowerCase())) throw new AppError('PASSWORD_CONTAINS_USERNAME');
}
