import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Opens the address in an installed Chromium/Chrome on a desktop session, if there is one
 * (`BRUECKE_BROWSER` names another program). The address carries the launch token, and any local
 * user can read a process's command line: so the browser gets the path of an owner-only file
 * that forwards to the address, and the file is removed once the browser has had time to read it.
 */
export function openBrowser(url: string): void {
  const forced = process.env.BRUECKE_BROWSER;
  if (!forced && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const binary = forced ?? findBrowser();
  if (!binary) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-open-'));
  const file = path.join(dir, 'open.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(file, `<!doctype html><meta http-equiv="refresh" content="0;url=${escaped}"><title>Brücke</title>`, { mode: 0o600 });
  const child = spawn(binary, ['--new-window', pathToFileURL(file).href], { detached: true, stdio: 'ignore', env: browserEnvironment() });
  child.unref();
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 30_000).unref();
}

function findBrowser(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    const binary = found.status === 0 ? found.stdout.trim() : '';
    if (binary && fs.existsSync(binary)) return binary;
  }
  return null;
}

/** The browser inherits no Brücke settings (test switches, data directory, addon paths). */
function browserEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('BRUECKE_')));
}
