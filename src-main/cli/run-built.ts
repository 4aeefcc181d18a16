import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasFlag } from '../core/data-dir/resolve-data-dir';
import { rendererDirFrom, rendererIsBuilt } from '../web/bridge-server';
import { buildAppIfChanged } from './build-renderer';
import { PROJECT_ROOT } from './project-root';

/** The servers the main build bundles for plain Node (inputs of electron.vite.config.ts's `main`). */
export type BuiltServer = 'web' | 'serve';

export function builtServerFile(name: BuiltServer, root: string = PROJECT_ROOT): string {
  return path.join(root, 'out', 'main', `${name}.js`);
}

/**
 * Runs a server from the built app, as the desktop app runs from `out/main`: builds first when
 * the sources changed (or nothing is built), unless `--no-build` is given and a build exists. The
 * launcher is the only TypeScript run through tsx at start; the server and the core's worker load
 * bundled JavaScript, with no compiling at every start.
 */
export async function runBuilt(name: BuiltServer, argv: string[]): Promise<void> {
  const file = builtServerFile(name);
  const built = fs.existsSync(file) && rendererIsBuilt(rendererDirFrom(PROJECT_ROOT));
  if (!hasFlag(argv, '--no-build') || !built) buildAppIfChanged();
  const server = (await import(pathToFileURL(file).href)) as { main(argv: string[]): Promise<void> };
  await server.main(argv.filter((arg) => arg !== '--no-build'));
}
