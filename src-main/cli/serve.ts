import { isProcessEntry } from './built-siblings';
import { runBuilt } from './run-built';

/**
 * `npm run serve`: the team server from the built app (`cli/team-server-mode.ts`, built as
 * `out/main/serve.js`), built first when the sources changed; --no-build starts the existing build.
 */
export async function main(argv: string[]): Promise<void> {
  await runBuilt('serve', argv);
}

if (isProcessEntry(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`The team server could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
