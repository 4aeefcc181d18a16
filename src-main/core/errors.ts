import { isErrorCode, type ErrorCode, type ErrorDetails } from '../contract/result';

/** Thrown inside the core; the router turns it into `{ ok: false, error: { code } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }
}

/**
 * Invariants that matter are also guarded in the database (triggers, constraints), so no writer
 * path can bypass them; such a guard aborts with the message `BRUECKE:<CODE>`. This turns that
 * into the same AppError the service would have thrown, or returns null for any other error.
 */
export function fromDatabaseGuard(error: unknown): AppError | null {
  const message = error instanceof Error ? error.message : '';
  const code = /BRUECKE:([A-Z_]+)/.exec(message)?.[1];
  return code && isErrorCode(code) ? new AppError(code, 'refused by a database guard') : null;
}
