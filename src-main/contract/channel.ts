import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel. Checked by the router in the main process for every call.
 * - `public`: before log-in (status, setup, log-in, recovery).
 * - `signedIn`: any unlocked session; `roles` narrows it to holders of one of them.
 * A module's channels (`<module>.<verb>`) also need the installation to have that module switched
 * on; the router derives that from the channel's name (see modules.ts).
 * - `duringPasswordChange`: allowed while a one-time password still has to be replaced.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn'; roles?: readonly Role[]; duringPasswordChange?: boolean };

/**
 * `read`: may record audit entries but changes no domain data.
 * `write`: runs in one transaction, queued behind every other call.
 * `session`: opens, closes or rekeys the database itself; queued, no surrounding transaction.
 * `long`: work too long to hold the queue (a backup's copy): access is checked in the queue, then
 * the handler runs outside it and queues each of its own database steps.
 */
export type CallKind = 'read' | 'write' | 'session' | 'long';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly access: Access;
  readonly kind: CallKind;
  /** Phantom: carries the result type; never set at run time. */
  readonly __output?: O;
}

/** `channel<Result>()({ input, access, kind })`: curried so the input type is inferred. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(spec: { input: I; access: Access; kind: CallKind }): ChannelSpec<I, O> =>
    spec;

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signedIn' };
export const ADMIN_ONLY: Access = { kind: 'signedIn', roles: ['admin'] };
