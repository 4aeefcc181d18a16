import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localClient } from '../client';
import { tempDir } from '../testing/test-core';
import { startingCore } from './starting-core';
import { startCoreWorker, type HostedCore } from './worker-core';

const started: HostedCore[] = [];
afterEach(async () => {
  for (const core of started.splice(0)) await core.close();
});

describe('a core whose worker is still loading', () => {
  it('takes calls at once and answers them once the core is open, the test clock included', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const core = startingCore(startCoreWorker({ dataDir, testClock: true }), { testClock: true });
    started.push(core);
    // Sent before the worker could have loaded the core.
    const status = localClient(core).call('session.status', {});
    const moved = core.testClock!.shift(60_000);
    expect(core.stopped).toBe(false);
    const answer = await status;
    expect(answer.ok && (answer.value as { state: string }).state).toBe('needsSetup');
    expect((await moved).getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it('answers CORE_STOPPED to every call when the core never opens', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const starting = startCoreWorker({ dataDir, entry: path.join(tempDir(), 'no-such-worker.js') });
    const core = startingCore(starting);
    const answer = await localClient(core).call('session.status', {});
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'CORE_STOPPED' }) });
    await expect(starting).rejects.toThrow(/before it was ready/);
    expect(core.stopped).toBe(true);
  });
});
