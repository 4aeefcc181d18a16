import { EntitySchema } from 'typeorm';
import type { Role, UiLanguage } from '../../contract';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A member of staff who can log in. Key material lives in the keyring, never here. */
export interface User extends VersionFields {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  uiLanguage: UiLanguage | null;
  autoLockMinutes: number;
  createdAt: string;
  deactivatedAt: string | null;
  lastLoginAt: string | null;
}

// EntitySchema rather than decorators: esbuild (vite, tsx) emits no decorator metadata.
export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'user',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    username: { type: 'text', unique: true },
    displayName: { type: 'text', name: 'display_name' },
    roles: { type: 'simple-json' },
    active: { type: 'boolean' },
    mustChangePassword: { type: 'boolean', name: 'must_change_password' },
    uiLanguage: { type: 'text', name: 'ui_language', nullable: true },
    autoLockMinutes: { type: 'integer', name: 'auto_lock_minutes' },
    createdAt: { type: 'text', name: 'created_at' },
    deactivatedAt: { type: 'text', name: 'deactivated_at', nullable: true },
    lastLoginAt: { type: 'text', name: 'last_login_at', nullable: true },
    ...VERSION_COLUMNS,
  },
});
