import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { setLogSilent } from './log';
import { startTestCore } from './testing/test-core';
import { prepareDemoDataDir, removeDemoDataDir } from './demo';

describe('demo mode', () => {
  it('creates a throwaway installation whose printed log-in opens every module, quietly, and removes it afterwards', async () => {
    // Logging on, as in a real start: the seeding's many sign-ins must not bury the demo's log-in.
    setLogSilent(false);
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    let demo;
    try {
      demo = await prepareDemoDataDir();
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
      setLogSilent(true);
    }
    expect(demo.dataDir).toContain('bruecke-demo-');
    const t = await startTestCore({ dataDir: demo.dataDir });
    try {
      const status = await t.must('session.login', { username: demo.username, password: demo.password });
      expect(status).toMatchObject({ state: 'unlocked', userModules: ['pool', 'hotline', 'housing'] });
      expect((await t.must('maintenance.verify', {})).audit.intact).toBe(true);
    } finally {
      await t.cleanup();
    }
    removeDemoDataDir(demo);
    expect(fs.existsSync(demo.dataDir)).toBe(false);
  });
});
