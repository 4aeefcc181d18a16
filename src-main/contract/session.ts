import { z } from 'zod';
import { channel, PUBLIC } from './channel';
import * as f from './fields';
import { modules, type ModuleId } from './modules';
import type { ErrorCode } from './result';
import type { UiLanguage } from './languages';
import type { Role } from './roles';

/** The signed-in user as the renderer sees them; no secrets. */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  uiLanguage: UiLanguage | null;
  autoLockMinutes: number;
  mustChangePassword: boolean;
  /** The user record's version (an admin editing themselves sends it back). */
  version: number;
}

export interface Installation {
  organisationName: string;
  modules: ModuleId[];
}

export type SessionStatus =
  /** The data directory cannot be used (locked by another instance, not writable …). */
  | { state: 'unavailable'; reason: ErrorCode }
  | { state: 'needsSetup' }
  | { state: 'locked' }
  | {
      state: 'unlocked';
      user: CurrentUser;
      installation: Installation;
      /** Modules this user may open: enabled in the installation and served by one of their roles. */
      userModules: ModuleId[];
      /** When the session locks unless there is activity (ISO time of the core's clock). */
      locksAt: string;
    };

export const setupInput = z.strictObject({
  organisationName: f.organisationName,
  modules,
  admin: z.strictObject({
    username: f.username,
    displayName: f.displayName,
    password: f.password,
  }),
  uiLanguage: f.uiLanguage,
});

export const sessionChannels = {
  'session.status': channel<SessionStatus>()({ input: f.empty, access: PUBLIC, kind: 'read' }),
  /** First run: creates keyring, database, organisation and first admin. Returns the recovery code once. */
  'session.setup': channel<{ recoveryCode: string }>()({ input: setupInput, access: PUBLIC, kind: 'session' }),
  'session.login': channel<SessionStatus>()({
    input: z.strictObject({ username: f.username, password: f.passwordAttempt }),
    access: PUBLIC,
    kind: 'session',
  }),
  /**
   * No admin can log in: the recovery code unlocks, sets a new password for an admin and is
   * replaced by a new code, returned once.
   */
  'session.recover': channel<{ recoveryCode: string }>()({
    input: z.strictObject({ recoveryCode: f.recoveryCode, adminUsername: f.username, newPassword: f.password }),
    access: PUBLIC,
    kind: 'session',
  }),
  'session.lock': channel<null>()({
    input: f.empty,
    access: { kind: 'signedIn', duringPasswordChange: true },
    kind: 'session',
  }),
  'session.logout': channel<null>()({
    input: f.empty,
    access: { kind: 'signedIn', duringPasswordChange: true },
    kind: 'session',
  }),
  /** The user is active (typing, clicking, "stay signed in"); pushes the auto-lock back. */
  'session.touch': channel<{ locksAt: string }>()({
    input: f.empty,
    access: { kind: 'signedIn', duringPasswordChange: true },
    kind: 'read',
  }),
  'session.changePassword': channel<SessionStatus>()({
    input: z.strictObject({ currentPassword: f.passwordAttempt, newPassword: f.password }),
    access: { kind: 'signedIn', duringPasswordChange: true },
    kind: 'write',
  }),
} as const;

