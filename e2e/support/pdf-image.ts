import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { withoutDirectionMarks } from './pdf-check';

/**
 * A printed PDF checked as paper: each page rendered to an image (poppler's pdftoppm, grey, a
 * plain PGM read here without an image library), the words with their positions (pdftotext
 * -bbox-layout), and the fonts (pdffonts). Installed from Debian's poppler-utils with pdftotext
 * (support/pdf-text.ts).
 */

const POPPLER = '/usr/bin';

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
}

export interface PdfPageBox {
  width: number;
  height: number;
}

/** Words of every page with their horizontal extent in PDF points, and each page's size. */
export function pdfWords(pdfPath: string): { pages: PdfPageBox[]; words: PdfWord[] } {
  const xml = execFileSync(path.join(POPPLER, 'pdftotext'), ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPageBox[] = [];
  const words: PdfWord[] = [];
  // One <page> element after another; words belong to the page opened last.
  const tokens = xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g);
  for (const token of tokens) {
    if (token[1]) pages.push({ width: Number(token[1]), height: Number(token[2]) });
    else words.push({ page: pages.length, text: decodeEntities(token[5] ?? ''), xMin: Number(token[3]), xMax: Number(token[4]) });
  }
  return { pages, words };
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Fonts the PDF uses, whether each is embedded and has a Unicode map (`pdffonts`' emb and uni columns). */
export function pdfFonts(pdfPath: string): { name: string; embedded: boolean; unicode: boolean }[] {
  const out = execFileSync(path.join(POPPLER, 'pdffonts'), [pdfPath], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation: read from the end.
      const parts = line.trim().split(/\s+/);
      return { name: parts[0]!, embedded: parts[parts.length - 5] === 'yes', unicode: parts[parts.length - 3] === 'yes' };
    });
}

/**
 * Where the ink is on each page of the rendered image, as fractions of the page width: the
 * first and last pixel column darker than near-white.
 */
export function pdfInk(pdfPath: string, dpi = 50): { left: number; right: number; widthPx: number }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-pdf-image-'));
  try {
    execFileSync(path.join(POPPLER, 'pdftoppm'), ['-r', String(dpi), '-gray', pdfPath, path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => inkOf(fs.readFileSync(path.join(dir, f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Binary PGM (P5, 8 bit): a header of magic, width, height and maximum, then one byte per pixel. */
function inkOf(pgm: Buffer): { left: number; right: number; widthPx: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = pgm.subarray(header[0].length);
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] ?? 255) < 200) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return { left: right < 0 ? 0 : left / width, right: right < 0 ? 0 : (right + 1) / width, widthPx: width };
}

/**
 * The printed PDF is whole paper: every font embedded (no missing-glyph boxes from a substitute);
 * the expected texts (column headers, the last column's values) extract as written, so the
 * glyphs round-trip; every word lies inside its page, so no column is cut; the rendered ink spans most of the page width and touches no
 * paper edge (a cut column runs into the edge).
 */
export function expectPdfIsWholePaper(pdfPath: string, expected: { texts: string[]; minInkWidth?: number }): void {
  const fonts = pdfFonts(pdfPath);
  expect(fonts.length, 'the PDF has text in some font').toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded).map((f) => f.name), 'fonts not embedded').toEqual([]);

  const { pages, words } = pdfWords(pdfPath);
  expect(pages.length, 'the PDF has pages').toBeGreaterThan(0);
  const all = words.map((w) => w.text).join(' ');
  expect(all, 'no replacement character in the text').not.toMatch(/[\uFFFD\u25A1]/);
  // Word by word, spaces aside (pdftotext may split or join words differently from the page).
  // Right-to-left words come out in visual order, last letter first: either order counts.
  const squeezed = withoutDirectionMarks(all).replace(/\s+/g, '');
  for (const text of expected.texts) {
    for (const word of withoutDirectionMarks(text).split(/\s+/).filter((w) => w !== '')) {
      const found = squeezed.includes(word) || squeezed.includes([...word].reverse().join(''));
      expect(found, `the PDF's text holds "${word}" (of "${text}")`).toBe(true);
    }
  }

  for (const word of words) {
    const page = pages[word.page - 1]!;
    expect(word.xMin, `"${word.text}" starts inside page ${word.page}`).toBeGreaterThanOrEqual(0);
    expect(word.xMax, `"${word.text}" ends inside page ${word.page} (${page.width.toFixed(0)} pt wide)`).toBeLessThanOrEqual(page.width);
  }

  const ink = pdfInk(pdfPath);
  const first = ink[0]!;
  expect(first.right - first.left, `ink spans ${(100 * (first.right - first.left)).toFixed(0)} % of the page width`).toBeGreaterThan(expected.minInkWidth ?? 0.6);
  for (const [i, p] of ink.entries()) {
    expect(p.left, `page ${i + 1}: nothing runs into the left paper edge`).toBeGreaterThan(1 / p.widthPx);
    expect(p.right, `page ${i + 1}: nothing runs into the right paper edge`).toBeLessThan(1 - 1 / p.widthPx);
  }
}
