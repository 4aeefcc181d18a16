import { z } from 'zod';
import { ADMIN_ONLY, channel } from './channel';
import * as f from './fields';
import type { Role } from './roles';

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Sent back with an edit (see fields.version). */
  version: number;
}

export const createUserInput = z.strictObject({
  username: f.username,
  displayName: f.displayName,
  roles: f.roles,
});

export const updateUserInput = z.strictObject({
  id: f.id,
  version: f.version,
  displayName: f.displayName,
  roles: f.roles,
});

export const usersChannels = {
  'users.list': channel<UserSummary[]>()({
    input: z.strictObject({ includeInactive: z.boolean().default(false) }),
    access: ADMIN_ONLY,
    kind: 'read',
  }),
  /** Returns the one-time password the new user must change at first log-in. */
  'users.create': channel<{ user: UserSummary; oneTimePassword: string }>()({
    input: createUserInput,
    access: ADMIN_ONLY,
    kind: 'write',
  }),
  'users.update': channel<UserSummary>()({ input: updateUserInput, access: ADMIN_ONLY, kind: 'write' }),
  'users.resetPassword': channel<{ oneTimePassword: string }>()({
    input: z.strictObject({ id: f.id }),
    access: ADMIN_ONLY,
    kind: 'write',
  }),
  /** Removes the user's key slot and rekeys the database; returns the new recovery code once. */
  'users.deactivate': channel<{ recoveryCode: string }>()({
    input: z.strictObject({ id: f.id }),
    access: ADMIN_ONLY,
    kind: 'session',
  }),
  /**
   * A recovery code that replaced the previous one (after a deactivation or a recovery) and that no
   * admin has yet confirmed as stored; shown to every admin until one confirms it.
   */
  'users.recoveryCodePending': channel<{ id: string; recoveryCode: string } | null>()({
    input: z.strictObject({}),
    access: ADMIN_ONLY,
    kind: 'read',
  }),
  /** The admin stored the pending code named by `id`; a newer pending code stays pending. */
  'users.recoveryCodeConfirm': channel<null>()({
    input: z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'validation:invalid' }) }),
    access: ADMIN_ONLY,
    kind: 'write',
  }),
} as const;
