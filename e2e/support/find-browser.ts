import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

/**
 * Finds a Chromium for the end-to-end tests: an explicit BRUECKE_CHROMIUM, Playwright's own
 * downloaded browser, or a system Chromium/Chrome. Where there is none and we run as root on
 * Debian or Ubuntu, installs Debian's `chromium`. Otherwise stops with one clear instruction.
 * (`npx playwright install` cannot download browsers on machines without internet.)
 */
export function findBrowser(): string | null {
  const fromEnv = process.env.BRUECKE_CHROMIUM;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  const playwrights = playwrightChromium();
  if (playwrights) return playwrights;
  for (const candidate of systemCandidates()) if (fs.existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = spawnSync('which', [name], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

function playwrightChromium(): string | null {
  try {
    // Resolved lazily: playwright-core reports where its browser would be, downloaded or not.
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemCandidates(): string[] {
  if (process.platform === 'win32') {
    const roots = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((r) => [`${r}\\Google\\Chrome\\Application\\chrome.exe`, `${r}\\Chromium\\Application\\chrome.exe`]);
  }
  if (process.platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];
}

function isDebianLike(): boolean {
  return process.platform === 'linux' && fs.existsSync('/etc/debian_version') && fs.existsSync('/usr/bin/apt-get');
}

export function findOrProvisionBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log('[browser] no Chromium found; installing Debian\'s "chromium" package (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium or Chrome found for the end-to-end tests.',
      process.platform === 'linux'
        ? 'Install one (Debian/Ubuntu: "sudo apt-get install chromium") or set BRUECKE_CHROMIUM to its path, then run npm test again.'
        : `Install Google Chrome or Chromium, or set BRUECKE_CHROMIUM to its path (${os.platform()}), then run npm test again.`,
    ].join(' '),
  );
}

/** Flags for a headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
];
