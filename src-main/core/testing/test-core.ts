import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MODULES, type ChannelName, type InputOf, type ModuleId, type OutputOf, type Result } from '../../contract';
import { localClient, type LocalClient } from '../client';
import { ManualClock } from '../clock';
import type { Composition } from '../composition';
import { createCore, type Core } from '../core';
import type { KdfParams } from '../keys/kdf';

/**
 * Test support: a real core on a real encrypted database in a fresh temporary directory.
 * Tests that are not about key derivation may pass a cheaper scrypt cost to save time; the
 * key-slot tests use the production parameters.
 */
export const FAST_KDF: KdfParams = { N: 2 ** 12, r: 8, p: 1 };

export const ADMIN = { username: 'admin.anna', displayName: 'Anna Admin', password: 'Lange-Passphrase-42' };
export const ORG = 'Testverein Rheine e.V.';

/** A client of the core with typed calls: one person at one window. */
export interface TestClient {
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Calls and fails the test unless the result is ok. */
  must<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** The session token this client holds, or null. */
  readonly session: string | null;
}

export interface TestCore extends TestClient {
  /** The default client's view of the core: `core.call(channel, input)` as that one client. */
  core: { call(channel: string, input: unknown): Promise<Result<unknown>>; close(): Promise<void> };
  /** The core itself, for tests about transports and sessions. */
  raw: Core;
  clock: ManualClock;
  dataDir: string;
  /** Another client (a second window, tab or workstation) with its own session. */
  client(address?: string): TestClient;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'bruecke-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function typed(client: LocalClient): TestClient {
  return {
    call: (channel, input) => client.call(channel, input) as never,
    must: (channel, input) => client.must(channel, input),
    get session() {
      return client.session;
    },
  };
}

export async function startTestCore(options: { dataDir?: string; kdf?: KdfParams; clock?: ManualClock; composition?: Composition } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? path.join(tempDir(), 'data');
  const clock = options.clock ?? new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const core = await createCore({ dataDir, clock, kdf: options.kdf ?? FAST_KDF, ...(options.composition ? { composition: options.composition } : {}) });
  const main = localClient(core);
  const first = typed(main);
  return {
    ...first,
    get session() {
      return main.session;
    },
    core: { call: (channel, input) => main.call(channel, input), close: () => core.close() },
    raw: core,
    clock,
    dataDir,
    client: (address = 'local') => typed(localClient(core, address)),
    cleanup: () => core.close(),
  };
}

/** Setup with the standard admin; returns the recovery code. */
export async function setUp(t: TestClient, modules: ModuleId[] = [...MODULES]): Promise<string> {
  const { recoveryCode } = await t.must('session.setup', {
    organisationName: ORG,
    modules,
    admin: ADMIN,
    uiLanguage: 'de',
  });
  return recoveryCode;
}

export async function loginAdmin(t: TestClient): Promise<void> {
  await t.must('session.login', { username: ADMIN.username, password: ADMIN.password });
}
