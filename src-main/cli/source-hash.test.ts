import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/test-core';
import { buildIsStale, recordBuild, sourceHash } from './source-hash';

function project(): string {
  const root = tempDir('bruecke-hash-');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('src-main/core/a.ts', 'export const a = 1;\n');
  write('src-main/core/a.test.ts', 'it("a", () => {});\n');
  write('src-renderer/src/App.tsx', 'export const App = () => null;\n');
  write('locales/de/common.json', '{"title": "Brücke"}\n');
  write('package-lock.json', '{}\n');
  return root;
}

describe('npm start builds only when the sources changed', () => {
  it('rebuilds after a source, translation or dependency change, not after a test change or nothing', () => {
    const root = project();
    const out = path.join(root, 'out');
    expect(buildIsStale(root, out)).toBe(true); // never built
    fs.mkdirSync(path.join(out, 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(out, 'renderer', 'index.html'), '<!doctype html>');
    expect(buildIsStale(root, out)).toBe(true); // built, but from unknown sources
    recordBuild(root, out);
    expect(buildIsStale(root, out)).toBe(false);

    fs.writeFileSync(path.join(root, 'src-main/core/a.test.ts'), 'it("b", () => {});\n');
    expect(buildIsStale(root, out)).toBe(false);

    for (const [file, text] of [
      ['src-main/core/a.ts', 'export const a = 2;\n'],
      ['locales/de/common.json', '{"title": "Bruecke"}\n'],
      ['package-lock.json', '{"x": 1}\n'],
      ['src-renderer/src/New.tsx', 'export {};\n'],
    ] as const) {
      const before = sourceHash(root);
      fs.writeFileSync(path.join(root, file), text);
      expect(sourceHash(root)).not.toBe(before);
      expect(buildIsStale(root, out)).toBe(true);
      recordBuild(root, out);
      expect(buildIsStale(root, out)).toBe(false);
    }

    fs.rmSync(path.join(out, 'renderer', 'index.html'));
    expect(buildIsStale(root, out)).toBe(true); // a half-deleted build is rebuilt
  });
});
