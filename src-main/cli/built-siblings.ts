import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What a built server entry (out/main/web.js, out/main/serve.js) finds beside itself: the core's
 * worker entry built next to it, and the built renderer. Given the entry's own `import.meta.url`,
 * because shared code may land in out/main/chunks/ where its own URL would point elsewhere.
 */
export function builtSiblings(entryUrl: string): { coreWorker: string; rendererDir: string } {
  // From source the worker entry would be a .ts file the plain Node worker cannot load.
  if (entryUrl.endsWith('.ts')) throw new Error('this is a build input: run it built (npm run start:web, npm run serve)');
  const mainDir = path.dirname(fileURLToPath(entryUrl));
  return { coreWorker: path.join(mainDir, 'core-worker.js'), rendererDir: path.join(mainDir, '..', 'renderer') };
}

/** True when the module with this URL is the file Node was started with (`node out/main/web.js`). */
export function isProcessEntry(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]!) === fileURLToPath(moduleUrl);
}
