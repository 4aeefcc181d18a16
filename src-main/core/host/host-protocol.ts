import type { CallOutcome, ClientInfo } from '../router/context';

/**
 * The messages between a transport's process thread and the core's worker thread. Everything
 * here survives the structured clone; nothing here is ever a secret except a call's own input
 * (a password typed at log-in), which travels only inside that one call's message — never in
 * `workerData`, argv or the environment.
 */

/** What the worker is started with (`workerData`): where, and how — no key, no password. */
export interface HostInit {
  dataDir: string;
  /** The database addon built for Electron, when the host runs inside Electron. */
  nativeBinding?: string;
  /** Team server: keep the key in memory once an admin has signed in. */
  stayUnlocked?: boolean;
  /** End-to-end test mode only: the core runs on a clock the test bridge may move. */
  testClock?: boolean;
  /** Whatever a test's own worker entry needs (e.g. a shared gate); the shipped entry reads none. */
  testData?: unknown;
}

export type HostRequest =
  | { id: number; kind: 'call'; channel: string; input: unknown; client: ClientInfo }
  | { id: number; kind: 'clock'; shiftMs?: number; setNow?: string }
  | { id: number; kind: 'close' };

export type HostReply =
  | { id: number; kind: 'call'; outcome: CallOutcome }
  | { id: number; kind: 'clock'; now: string }
  | { id: number; kind: 'closed' }
  | { id: number; kind: 'failed' };

/** The worker's first message: the core is open for calls, or it could not start. */
export type HostReady = { kind: 'ready' } | { kind: 'startFailed'; message: string };
