import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { WebPreferences } from 'electron';
import { buildApp } from '../src-main/cli/build-renderer';
import { findElectronRuntime } from '../src-main/cli/electron-runtime';
import { prepareElectronBinding } from '../src-main/cli/prepare-electron-binding';
import { PROJECT_ROOT } from '../src-main/cli/project-root';
import type { Api } from '../src-main/contract';

/**
 * The desktop shell end to end, where an Electron binary exists. Browser-mode tests cover the
 * UI; this one proves the built app starts, reaches the core over IPC, and runs its window with
 * the hardened preferences (read back from Electron, not from our own options object).
 */

const root = PROJECT_ROOT;
const runtime = findElectronRuntime();

test('the desktop app opens the setup screen in a sandboxed, isolated window', async () => {
  // Reported as skipped, with the reason, on machines without the runtime (see e2e/README.md).
  test.skip(!runtime.ok, runtime.ok ? '' : `no Electron runtime: ${runtime.reason}`);
  if (!runtime.ok) return;
  // A first run builds the app and compiles the database addon for Electron.
  test.setTimeout(15 * 60_000);

  buildApp();
  const binding = prepareElectronBinding(runtime.version, root);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-electron-e2e-'));
  // A leftover ELECTRON_RUN_AS_NODE would start a bare Node runtime instead of the app.
  const env = Object.fromEntries(
    Object.entries({ ...process.env, BRUECKE_NATIVE_BINDING: binding }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  const app = await _electron.launch({
    // Never let Playwright require('electron'): that would try to download the binary.
    executablePath: runtime.binary,
    args: [path.join(root, 'out', 'main', 'index.js'), '--data-dir', dataDir],
    cwd: root,
    env,
  });
  try {
    const page = await app.firstWindow();
    // A fresh data directory has no installation yet: the first screen is setup, in whichever
    // UI language the app picked.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    expect(setupTitles()).toContain((await heading.innerText()).trim());
    const status = await page.evaluate(() =>
      (globalThis as unknown as { bruecke: Api }).bruecke.session.status({}),
    );
    expect(status).toEqual({ ok: true, value: { state: 'needsSetup' } });

    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): WebPreferences;
      };
      const p = contents.getLastWebPreferences();
      return {
        sandbox: p.sandbox,
        contextIsolation: p.contextIsolation,
        nodeIntegration: p.nodeIntegration,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(preferences).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });

    // What the page itself can reach: the narrow bridge, and no Node.
    const reach = await page.evaluate(() => {
      const page = globalThis as unknown as Record<string, unknown>;
      return { require: typeof page.require, process: typeof page.process, bridge: typeof page.bruecke };
    });
    expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/** `setup:title` in every shipped language (locales/<lng>/setup.json). */
function setupTitles(): string[] {
  const locales = path.join(root, 'locales');
  return fs
    .readdirSync(locales)
    .map((lng) => path.join(locales, lng, 'setup.json'))
    .filter((file) => fs.existsSync(file))
    .map((file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { title?: string }).title)
    .filter((title): title is string => typeof title === 'string');
}
