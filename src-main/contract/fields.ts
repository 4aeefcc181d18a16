import { z } from 'zod';
import { ROLES, UI_LANGUAGES } from './roles';

/**
 * Field rules shared by the core's validation and the renderer's forms.
 * Messages are i18n keys (namespace `validation`), translated by the form.
 */

export const PASSWORD_MIN_LENGTH = 12;

export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: 'validation:passwordTooShort' })
  .max(256, { error: 'validation:tooLong' });

/** What a user types to log in; never a rule check, so old passwords keep working. */
export const passwordAttempt = z.string().min(1, { error: 'validation:required' }).max(256, { error: 'validation:tooLong' });

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: 'validation:username' });

export const displayName = z
  .string()
  .trim()
  .min(1, { error: 'validation:required' })
  .max(80, { error: 'validation:tooLong' });

export const organisationName = z
  .string()
  .trim()
  .min(2, { error: 'validation:required' })
  .max(120, { error: 'validation:tooLong' });

export const role = z.enum(ROLES);
export const roles = z.array(role).min(1, { error: 'validation:rolesRequired' });

export const uiLanguage = z.enum(UI_LANGUAGES);

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 120;
export const autoLockMinutes = z
  .number()
  .int({ error: 'validation:wholeNumber' })
  .min(AUTO_LOCK_MIN, { error: 'validation:autoLockRange' })
  .max(AUTO_LOCK_MAX, { error: 'validation:autoLockRange' });

/** Recovery codes are shown in groups; spaces, dashes and case do not matter when typed back. */
export const recoveryCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-7]{30}$/, { error: 'validation:recoveryCode' }));

export const id = z.number().int().positive();

/**
 * Calls that take no input still take an (empty) object, so every call has one shape. Every input
 * object of the contract is strict: unknown keys are an error, not silently dropped.
 */
export const empty = z.strictObject({});
