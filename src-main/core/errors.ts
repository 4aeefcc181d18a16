import type { ErrorCode, ErrorDetails } from '../contract';

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
