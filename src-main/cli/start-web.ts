import { isProcessEntry } from './built-siblings';
import { runBuilt } from './run-built';

/**
 * `npm run start:web`: browser mode from the built app (`cli/browser-mode.ts`, built as
 * `out/main/web.js`), built first when the sources changed. Options: those of browser mode, and
 * --no-build (start the existing build as it is).
 */
export async function main(argv: string[]): Promise<void> {
  await runBuilt('web', argv);
}

if (isProcessEntry(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`Brücke could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
