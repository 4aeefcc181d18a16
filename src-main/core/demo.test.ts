import { describe, expect, it } from 'vitest';
import { startTestCore } from './testing/test-core';
import { prepareDemoDataDir } from './demo';

describe('demo mode', () => {
  it('creates a throwaway installation whose printed log-in opens every module', async () => {
    const demo = await prepareDemoDataDir();
    expect(demo.dataDir).toContain('bruecke-demo-');
    const t = await startTestCore({ dataDir: demo.dataDir });
    try {
      const status = await t.must('session.login', { username: demo.username, password: demo.password });
      expect(status).toMatchObject({ state: 'unlocked', userModules: ['pool', 'hotline', 'housing'] });
      expect((await t.must('maintenance.verify', {})).audit.intact).toBe(true);
    } finally {
      await t.cleanup();
    }
  });
});
