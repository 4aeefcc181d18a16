import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

/**
 * Builds main, preload and renderer with electron-vite (one config for both modes), so
 * `npm run start:web` works straight after `npm ci` without a separate build step.
 */
export function buildApp(): void {
  const bin = path.join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  console.log('[build] building the app (electron-vite) …');
  const result = spawnSync(process.execPath, [bin, 'build', '-c', 'electron.vite.config.ts', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the build failed; see the output above');
}
