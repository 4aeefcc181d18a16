import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';
import { buildIsStale, recordBuild } from './source-hash';

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
  recordBuild(PROJECT_ROOT, path.join(PROJECT_ROOT, 'out'));
}

/**
 * Builds only when the sources changed since the last build in `out/` (a hash of every build
 * input is kept beside it), so starting the app again costs no 15-second rebuild.
 */
export function buildAppIfChanged(): void {
  if (buildIsStale(PROJECT_ROOT, path.join(PROJECT_ROOT, 'out'))) buildApp();
  else console.log('[build] sources unchanged since the last build: starting it');
}
