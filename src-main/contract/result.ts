/**
 * Results and errors as they cross every boundary (IPC, HTTP bridge, direct calls).
 * Errors are values with stable codes; the renderer translates `errors:<CODE>`.
 */

/** Every error code the core may return. The UI has a translation for each (checked by the i18n test). */
export const ERROR_CODES = [
  // transport and routing
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'TRANSPORT_ERROR',
  // the core's worker thread ended unexpectedly (core/host/worker-core.ts)
  'CORE_STOPPED',
  'INTERNAL',
  // access
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'MODULE_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  // setup and log-in
  'ALREADY_SET_UP',
  'NOT_SET_UP',
  'WRONG_CREDENTIALS',
  'WRONG_PASSWORD',
  'WRONG_RECOVERY_CODE',
  'LOGIN_THROTTLED',
  'PASSWORD_CONTAINS_USERNAME',
  'PASSWORD_UNCHANGED',
  // opening the data directory and database
  'DATA_DIR_LOCKED',
  'DATA_DIR_NOT_WRITABLE',
  'KEYRING_CORRUPT',
  'DB_CORRUPT',
  'DB_SCHEMA_NEWER',
  // a team server
  'SERVER_UNREACHABLE',
  'SERVER_CERTIFICATE_CHANGED',
  // users
  'USERNAME_TAKEN',
  'USER_NOT_FOUND',
  'LAST_ADMIN',
  'CANNOT_DEACTIVATE_SELF',
  'USER_DEACTIVATED',
  // records
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'INVALID_TRANSITION',
  'RECORD_RESTRICTED',
  // Sprachmittlerpool
  'DOUBLE_BOOKING',
  'NOT_ELIGIBLE',
  // Arbeitgeberinfo
  'CONSENT_REQUIRED',
  'OUTCOME_REQUIRED',
  // housing
  'ACCOMMODATION_FULL',
  // data protection: backups, restore, erasure
  'BACKUP_NOT_CONFIGURED',
  'BACKUP_FOLDER_UNWRITABLE',
  'BACKUP_DAMAGED',
  'WRONG_BACKUP_CODE',
  'RESTORE_TARGET_NOT_EMPTY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorValue {
  code: ErrorCode;
  /** Developer-facing detail in English; never shown as-is, never holds personal data. */
  message?: string;
  /** Structured detail the UI may use, e.g. `retryAfterSeconds` or field issues. */
  details?: ErrorDetails;
}

export interface ErrorDetails {
  retryAfterSeconds?: number;
  /** For INVALID_INPUT: where the input failed and the (translatable) message. */
  issues?: { path: string; message: string }[];
  /** For CONFLICT on a stale save: who saved the record since it was loaded, and when (ISO time). */
  changedBy?: string | null;
  changedAt?: string | null;
  /** For DB_CORRUPT: what was found (translated on the lock screen), and which pages where known. */
  damage?: DatabaseDamage;
}

export const DAMAGE_KINDS = ['missingFile', 'emptyFile', 'truncated', 'unreadable', 'pageChecksum', 'structure', 'behindAuditAnchor', 'auditAnchorMismatch'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

export interface DatabaseDamage {
  kind: DamageKind;
  /** Pages (1-based) that fail their checksum, at most a few. */
  pages?: number[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message?: string, details?: ErrorDetails): Result<T> {
  return { ok: false, error: { code, ...(message ? { message } : {}), ...(details ? { details } : {}) } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
