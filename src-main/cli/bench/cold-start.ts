import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findOrProvisionBrowser } from '../../../e2e/support/find-browser';
import { rendererDirFrom, rendererIsBuilt } from '../../web/bridge-server';
import { PROJECT_ROOT } from '../project-root';

/**
 * Browser mode from a built app: from starting the server process to a log-in form a person can
 * type into, in Chromium (already running, as a user's browser would be). Null if the renderer
 * is not built.
 */
export async function coldStartMs(dataDir: string, say: (line: string) => void): Promise<number | null> {
  if (!rendererIsBuilt(rendererDirFrom(PROJECT_ROOT))) {
    say('cold start skipped: the renderer is not built (npm run build)');
    return null;
  }
  const browser = await chromium.launch({ executablePath: findOrProvisionBrowser(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src-main/cli/start-web.ts'), '--data-dir', dataDir, '--no-build', '--no-open'], {
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
    await page.goto(url);
    await page.locator('input[autocomplete="username"], input[name="username"]').first().waitFor({ state: 'visible' });
    return Math.round(performance.now() - started);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await browser.close();
  }
}
