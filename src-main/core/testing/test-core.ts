import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MODULES, type ChannelName, type InputOf, type ModuleId, type OutputOf, type Result } from '../../contract';
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

export interface TestCore {
  core: Core;
  clock: ManualClock;
  dataDir: string;
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  /** Calls and fails the test unless the result is ok. */
  must<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'bruecke-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestCore(options: { dataDir?: string; kdf?: KdfParams; clock?: ManualClock; composition?: Composition } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? path.join(tempDir(), 'data');
  const clock = options.clock ?? new ManualClock(new Date('2026-11-23T08:00:00Z'));
  const core = await createCore({ dataDir, clock, kdf: options.kdf ?? FAST_KDF, ...(options.composition ? { composition: options.composition } : {}) });
  const call = <C extends ChannelName>(channel: C, input: InputOf<C>) =>
    core.call(channel, input) as Promise<Result<OutputOf<C>>>;
  return {
    core,
    clock,
    dataDir,
    call,
    async must(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message ?? ''}`);
      return result.value;
    },
    cleanup: () => core.close(),
  };
}

/** Setup with the standard admin; returns the recovery code. */
export async function setUp(t: TestCore, modules: ModuleId[] = [...MODULES]): Promise<string> {
  const { recoveryCode } = await t.must('session.setup', {
    organisationName: ORG,
    modules,
    admin: ADMIN,
    uiLanguage: 'de',
  });
  return recoveryCode;
}

export async function loginAdmin(t: TestCore): Promise<void> {
  await t.must('session.login', { username: ADMIN.username, password: ADMIN.password });
}
