import fs from 'node:fs';
import path from 'node:path';
import { BUILT_WEB, startAppServer } from './support/app-server';
import { expect, test } from './support/fixtures';
import { setUpViaApi } from './support/flows';

const MAIN_DIR = path.dirname(BUILT_WEB);

/** Import statements at the start of a line, and dynamic `import("…")` anywhere (bundled code quotes examples in comments). */
const IMPORTS = [/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm, /^import\s*["']([^"']+)["']/gm, /\bimport\(\s*["']([^"']+)["']\s*\)/g];

/** Every bare module name a built file loads, following its own chunks (static and dynamic imports). */
function packagesLoadedBy(entry: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(entry)) return found;
  seen.add(entry);
  const code = fs.readFileSync(entry, 'utf8');
  for (const pattern of IMPORTS) {
    for (const [, specifier] of code.matchAll(pattern)) {
      const chunk = path.resolve(path.dirname(entry), specifier!);
      if (!specifier!.startsWith('.')) found.add(specifier!);
      else if (fs.existsSync(chunk)) packagesLoadedBy(chunk, seen, found);
    }
  }
  return found;
}

test('browser mode and the team server are built for plain Node: nothing they load needs Electron', () => {
  for (const entry of ['web.js', 'serve.js', 'core-worker.js']) {
    const loaded = packagesLoadedBy(path.join(MAIN_DIR, entry));
    expect(loaded.size, entry).toBeGreaterThan(0);
    expect([...loaded].filter((name) => name === 'electron' || name.startsWith('electron/')), entry).toEqual([]);
  }
  // The desktop app's bundle does load it: the scan would see it.
  expect(packagesLoadedBy(path.join(MAIN_DIR, 'index.js')).has('electron')).toBe(true);
});

test('the built browser mode starts in plain Node and serves the log-in screen', async ({ page }) => {
  // No loader, no TypeScript: `node out/main/web.js`, its core in the built core-worker.js.
  const app = await startAppServer({ env: { NODE_OPTIONS: '' } });
  try {
    await setUpViaApi(app, { modules: ['pool'], accounts: [] });
    await page.goto(app.url);
    const username = page.locator('input[autocomplete="username"]');
    await expect(username).toBeVisible();
    await username.fill('admin');
    await expect(username).toHaveValue('admin');
  } finally {
    await app.stop();
  }
});

test('npm run start:web (its launcher through tsx) runs the same built browser mode', async ({ page }) => {
  const launcher = path.join(MAIN_DIR, '..', '..', 'src-main', 'cli', 'start-web.ts');
  const app = await startAppServer({ entry: ['--import', 'tsx', launcher, '--no-build'] });
  try {
    expect(app.startupOutput).not.toContain('[build]');
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await app.script.call('session.status', {})).toMatchObject({ ok: true, value: { state: 'needsSetup' } });
  } finally {
    await app.stop();
  }
});
