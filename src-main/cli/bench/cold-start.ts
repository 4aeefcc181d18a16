import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findOrProvisionBrowser } from '../../../e2e/support/find-browser';
import { buildAppIfChanged } from '../build-renderer';
import { PROJECT_ROOT } from '../project-root';
import { builtServerFile } from '../run-built';

/**
 * Browser mode from the built app (`node out/main/web.js`, plain Node, what `npm run start:web`
 * runs once the build is current): from spawning the server process to a log-in form a person can
 * type into, in Chromium (already running, as a user's browser would be). Builds first if the
 * sources changed, so the figure is that of this code. Prints where the time went.
 */
export async function coldStartMs(dataDir: string, say: (line: string) => void): Promise<number | null> {
  buildAppIfChanged();
  const browser = await chromium.launch({ executablePath: findOrProvisionBrowser(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const marks: Record<string, number> = {};
  let started = 0;
  const mark = (name: string) => (marks[name] ??= Math.round(performance.now() - started));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname === '/') mark('page');
    else if (url.pathname.endsWith('.js')) marks.scripts = Math.round(performance.now() - started);
    else if (url.pathname.startsWith('/api/session.')) mark('firstSessionAnswer');
  });
  started = performance.now();
  const child = spawn(process.execPath, [builtServerFile('web'), '--data-dir', dataDir, '--no-open'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRUECKE_LOG: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
      child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
    });
    mark('address');
    await page.goto(url);
    await page.locator('input[autocomplete="username"], input[name="username"]').first().waitFor({ state: 'visible' });
    const total = Math.round(performance.now() - started);
    say(
      `cold start: address printed ${marks.address} ms, page ${marks.page} ms, last script ${marks.scripts} ms, ` +
        `first session answer ${marks.firstSessionAnswer} ms, log-in form ${total} ms`,
    );
    return total;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await browser.close();
  }
}
