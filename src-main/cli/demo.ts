import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../core/core';
import { generateOneTimePassword } from '../core/users/one-time-password';

export interface DemoLogin {
  dataDir: string;
  username: string;
  password: string;
}

/**
 * A throwaway data directory with a demo admin, so a newcomer can look around. Everything in it
 * is fictional. Modules add their demo records here when they land.
 */
export async function prepareDemoDataDir(options: { nativeBinding?: string } = {}): Promise<DemoLogin> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-demo-'));
  const username = 'demo';
  const password = generateOneTimePassword();
  const core = await createCore({ dataDir, ...options });
  try {
    const result = await core.call('session.setup', {
      organisationName: 'Demo-Beratungsstelle Rheine (fiktiv)',
      modules: ['pool', 'hotline', 'housing'],
      admin: { username, displayName: 'Demo Admin', password },
      uiLanguage: 'de',
    });
    if (!result.ok) throw new Error(`demo setup failed: ${result.error.code}`);
  } finally {
    await core.close();
  }
  return { dataDir, username, password };
}

export function printDemoLogin(login: DemoLogin): void {
  console.log(
    [
      '',
      'Demo mode: a throwaway data directory with fictional data.',
      `  data directory: ${login.dataDir}`,
      `  user name:      ${login.username}`,
      `  password:       ${login.password}`,
      '',
    ].join('\n'),
  );
}
