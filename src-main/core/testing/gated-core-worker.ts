import { workerData } from 'node:worker_threads';
import { APP } from '../composition';
import type { HostInit } from '../host/host-protocol';
import { serveCore } from '../host/serve-core';
import { gated } from './core-gate';
import { FAST_KDF } from './test-core';

/**
 * Test support: a core host's worker entry whose composition puts `reports.get` (a council
 * report: every indicator of a module for a period, among the slowest calls at regional scale)
 * behind the test's gate (`core-gate.ts`), with the cheap
 * key derivation of the test kit. Started by tests through `startCoreWorker({ entry })`; the
 * shipped entry is `core/host/core-worker.ts`.
 */
const gate = (workerData as HostInit).testData as SharedArrayBuffer;
const handlers = { ...APP.handlers, 'reports.get': gated(gate, APP.handlers['reports.get']) };
await serveCore({ kdf: FAST_KDF, composition: { ...APP, handlers } });
