import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApi, MODULES, ROLES, type ChannelName } from '../contract';
import { ShiftedClock } from './clock';
import { localClient } from './client';
import { APP } from './composition';
import { createCore } from './core';
import { quietly } from './log';
import { generateOneTimePassword } from './users/one-time-password';

export interface DemoLogin {
  dataDir: string;
  username: string;
  password: string;
}

/**
 * A throwaway data directory with a demo admin, so a newcomer can look around. Everything in it
 * is fictional: each module's descriptor brings its own seeder.
 */
export async function prepareDemoDataDir(options: { nativeBinding?: string } = {}): Promise<DemoLogin> {
  return quietly(() => seedDemo(options));
}

/** The demo folder is throwaway: removed when the demo ends. */
export function removeDemoDataDir(login: DemoLogin): void {
  fs.rmSync(login.dataDir, { recursive: true, force: true });
}

async function seedDemo(options: { nativeBinding?: string }): Promise<DemoLogin> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-demo-'));
  const username = 'demo';
  const password = generateOneTimePassword();
  // Seeders may travel back in time (setNow) so the demo shows history: waits, overdue tasks.
  const clock = new ShiftedClock();
  const core = await createCore({ dataDir, clock, ...options });
  const client = localClient(core);
  try {
    const result = await client.call('session.setup', {
      organisationName: 'Demo-Beratungsstelle Rheine (fiktiv)',
      modules: [...MODULES],
      admin: { username, displayName: 'Demo Admin', password },
      uiLanguage: 'de',
    });
    if (!result.ok) throw new Error(`demo setup failed: ${result.error.code}`);
    // The demo admin holds every role, so one log-in shows every module.
    const must = async (channel: ChannelName, input: unknown) => {
      const r = await client.call(channel, input);
      if (!r.ok) throw new Error(`demo: ${channel} failed: ${r.error.code}`);
      return r.value;
    };
    const status = (await must('session.login', { username, password })) as { user: { id: number; version: number } };
    await must('users.update', { id: status.user.id, version: status.user.version, displayName: 'Demo Admin', roles: [...ROLES] });
    const api = buildApi((channel, input) => client.call(channel, input));
    const now = core.clock.now();
    // A seeder may have left the clock in the past; jumping back to now would look like idle
    // time and auto-lock the session, so each seeder starts from a fresh log-in at now.
    const resume = async () => {
      clock.setNow(now);
      await must('session.login', { username, password });
    };
    for (const module of APP.modules) {
      if (!module.seedDemo) continue;
      await module.seedDemo(api, now, clock);
      await resume();
    }
    await must('session.logout', {});
  } finally {
    await core.close();
  }
  return { dataDir, username, password };
}

export function printDemoLogin(login: DemoLogin): void {
  console.log(
    [
      '',
      'Demo mode: a throwaway data directory with fictional data (removed when Brücke stops).',
      `  data directory: ${login.dataDir}`,
      `  user name:      ${login.username}`,
      `  password:       ${login.password}`,
      '',
    ].join('\n'),
  );
}
