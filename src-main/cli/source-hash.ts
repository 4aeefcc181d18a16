import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What the electron-vite build reads: the code of both processes, translations, resources, the
 * build configuration and the installed dependencies. Tests are not built, so they do not count.
 */
const INPUTS = ['src-main', 'src-renderer', 'locales', 'resources', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const SKIPPED = /(^|\/)(node_modules|\.cache)(\/|$)|\.test\.tsx?$/;

/** A hash of every build input's path and content, in a stable order. */
export function sourceHash(root: string): string {
  const hash = crypto.createHash('sha256');
  const files: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full) || SKIPPED.test(relative)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) walk(path.posix.join(relative, name));
    } else files.push(relative);
  };
  for (const input of INPUTS) walk(input);
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Where a finished build records the hash of the sources it was made from. */
export const BUILT_FROM = 'built-from.sha256';

/** True unless `outDir` holds a finished build of exactly these sources. */
export function buildIsStale(root: string, outDir: string): boolean {
  const stamp = path.join(outDir, BUILT_FROM);
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(outDir, 'renderer', 'index.html'))) return true;
  return fs.readFileSync(stamp, 'utf8').trim() !== sourceHash(root);
}

export function recordBuild(root: string, outDir: string): void {
  fs.writeFileSync(path.join(outDir, BUILT_FROM), sourceHash(root) + '\n');
}
