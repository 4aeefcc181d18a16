import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A check on the renderer's sources kept beside the build (as source-hash.test.ts is): it reads
 * files from disk, which the renderer's own tests, typed for the browser, cannot.
 *
 * Right-to-left languages (Arabic, Persian) mirror the layout only if styles say "start" and
 * "end", not "left" and "right": every stylesheet of the renderer uses logical properties.
 */

// Read from disk: Vitest hands CSS imports (also `?raw`) over empty.
const SRC = path.resolve(import.meta.dirname, '..', '..', 'src-renderer', 'src');
const stylesheets: Record<string, string> = Object.fromEntries(
  (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.css')).map((f) => [f, fs.readFileSync(path.join(SRC, f), 'utf8')]),
);

const PHYSICAL = [
  /(?:^|[\s;{])(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /(?:^|[\s;{])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /(?:^|[\s;{])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
];

describe('stylesheets', () => {
  it('are found', () => {
    expect(Object.keys(stylesheets).length).toBeGreaterThan(3);
    expect(Object.values(stylesheets).every((css) => css.length > 0)).toBe(true);
  });

  for (const [file, css] of Object.entries(stylesheets)) {
    it(`${file} uses logical properties only`, () => {
      const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
      const offending = withoutComments
        .split('\n')
        .map((line, i) => ({ line: line.trim(), number: i + 1 }))
        .filter(({ line }) => PHYSICAL.some((rule) => rule.test(` ${line}`)))
        .map(({ line, number }) => `${number}: ${line}`);
      expect(offending).toEqual([]);
    });
  }
});
