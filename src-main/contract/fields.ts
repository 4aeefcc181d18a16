import { z } from 'zod';
import { UI_LANGUAGES } from './languages';
import { ROLES } from './roles';

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

/** The backup code has the recovery code's shape (30 base32 characters, typed back in groups). */
export const backupCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-7]{30}$/, { error: 'validation:backupCode' }));

export const id = z.number().int().positive();

/**
 * The version a record was loaded at, sent back with its save so a colleague's save in between
 * is noticed (CONFLICT) instead of overwritten. Required when changing an existing record.
 */
export const version = z.number().int().positive();

/** `{ id: null }` (or no id) creates, `{ id, version }` changes the record as it was loaded. */
export function requireVersionForChanges(ctx: { value: { id?: number | null | undefined; version?: number | null | undefined }; issues: unknown[] }): void {
  const changes = ctx.value.id !== undefined && ctx.value.id !== null;
  if (changes && (ctx.value.version === undefined || ctx.value.version === null)) {
    ctx.issues.push({ code: 'custom', message: 'validation:required', path: ['version'], input: ctx.value.version });
  }
}

/**
 * A form's pick from a list (an employer, a topic, a channel): empty (`null`) until chosen, then
 * the channel's rule for it. Wrap the channel's field with it in the form's schema, so an empty
 * choice says "required" rather than "invalid".
 */
export const picked = <T extends z.ZodType<number>>(rule: T) =>
  rule
    .nullable()
    .refine((value) => value !== null, { error: 'validation:required' })
    .transform((value) => value as z.output<T>);

/**
 * Calls that take no input still take an (empty) object, so every call has one shape. Every input
 * object of the contract is strict: unknown keys are an error, not silently dropped.
 */
export const empty = z.strictObject({});

// ---------------------------------------------------------------- building blocks of every form
// Modules build their schemas from these, so a rule and its message exist once.

export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: 'validation:required' }).max(max, { error: 'validation:tooLong' });
export const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation:tooLong' });

/**
 * A message key with values for its text: `validation:between?min=15&max=600` is shown as
 * "… from 15 to 600". Messages stay plain strings, so they cross the boundary like any other.
 */
export const messageWith = (key: string, values: Record<string, number>) =>
  `${key}?${Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;

/**
 * A whole number in a range; the message says which rule was broken: below 0 "must be 0 or more";
 * outside a range starting above 0 the range itself ("from 15 to 600"). Amounts in cents (min 0)
 * keep the plain "out of range" above their maximum, whose cents would mislead.
 */
export const wholeNumber = (min: number, max: number) => {
  const between = { error: messageWith('validation:between', { min, max }) };
  return z
    .number({ error: 'validation:wholeNumber' })
    .int({ error: 'validation:wholeNumber' })
    .min(min, min === 0 ? { error: 'validation:notNegative' } : between)
    .max(max, min === 0 ? { error: 'validation:outOfRange' } : between);
};

/** Dates Brücke accepts at all; fields with a narrower sense (a booking, a due date) check that in the core. */
export const EARLIEST_DATE = '1950-01-01';
export const LATEST_DATE = '2099-12-31';

/** True for a real calendar date `yyyy-MM-dd` (no 30 February) inside the accepted years. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over to 2 March; a real date comes back unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** A calendar date in the installation's time zone, `yyyy-MM-dd`. */
export const localDate = z.string().refine(isCalendarDate, { error: 'validation:date' });
/** A date field a form may leave empty (`''` means none). */
export const optionalLocalDate = z.union([localDate, z.literal('')]);
/** A time of day, `HH:mm`. */
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation:time' });
/** A wall-clock time in the installation's time zone, `yyyy-MM-ddTHH:mm`. */
export const localDateTime = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v) && isCalendarDate(v.slice(0, 10)), { error: 'validation:dateTime' });
/** A language as staff write it: ISO 639 codes plus regional ones (e.g. `ckb` Sorani, `kmr` Kurmanji, `prs` Dari, `pt-BR`). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { error: 'validation:language' });
/** A calendar month, `yyyy-MM`. */
export const month = z.string().refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && isCalendarDate(`${v}-01`), { error: 'validation:month' });

/**
 * Refuses a pair whose end lies before its start (absences, periods, reports). Use on the object
 * that holds both: `z.strictObject({ from, to }).check(endNotBefore('from', 'to'))`. Empty ends
 * (open periods) pass.
 */
export function endNotBefore<K extends string>(startKey: K, endKey: K) {
  return (ctx: { value: Record<K, unknown>; issues: unknown[] }) => {
    const start = ctx.value[startKey];
    const end = ctx.value[endKey];
    if (typeof start === 'string' && typeof end === 'string' && start !== '' && end !== '' && end < start) {
      ctx.issues.push({ code: 'custom', message: 'validation:dateOrder', path: [endKey], input: end });
    }
  };
}
