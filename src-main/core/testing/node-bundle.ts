import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<'dependencies' | 'devDependencies', Record<string, string>>;
/** Bundled as the built app bundles them (electron.vite.config.ts); loading them from node_modules was ~0.2 s of every start. */
const BUNDLED = /^(zod|date-fns|@date-fns\/tz)$/;

/**
 * A script a suite starts many times (the kill -9 writer, the admin tool), bundled once into
 * `dir` as one ES module: our sources, zod and date-fns; other packages load from the project's
 * node_modules (linked beside it). Started with plain `node`, it skips compiling TypeScript at
 * every start (tsx: ~0.7 s each). Returns the file to start.
 */
export function bundleForNode(entry: string, dir: string): string {
  const modules = path.join(dir, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(ROOT, 'node_modules'), modules, 'dir');
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: Object.keys({ ...PACKAGE.dependencies, ...PACKAGE.devDependencies }).filter((name) => !BUNDLED.test(name)),
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
