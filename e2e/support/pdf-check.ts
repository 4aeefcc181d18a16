import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/*
 * A printed PDF read back with poppler (installed with pdftotext, see pdf-text.ts): its words, the
 * fonts it embeds, and where ink lies on the first page rendered as an image.
 */
const tool = (name: string) => {
  const found = [`/usr/bin/${name}`, `/usr/local/bin/${name}`].find((p) => fs.existsSync(p));
  if (!found) throw new Error(`${name} not found: install poppler-utils and run the tests again.`);
  return found;
};

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text in reading order with whitespace and direction marks removed: line breaks fall
 * anywhere in a paragraph, and right-to-left glyph runs come out with spaces inside words.
 */
export function pdfTextCompact(pdfPath: string): string {
  return execFileSync(tool('pdftotext'), ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(BIDI_CONTROLS, '').replace(/\s+/g, '');
}

/**
 * The words of a text that are missing from a compacted PDF text. Words, not the sentence: in a
 * right-to-left line poppler may put the runs between punctuation in visual order.
 */
export function missingWords(compactPdf: string, expected: string): string[] {
  // Arabic vowel marks (tanwin, damma …) come out of a shaped run before or after their letter.
  const withoutHarakat = (s: string) => s.replace(/[\u064b-\u065f\u0670]/g, '');
  const pdf = withoutHarakat(compactPdf);
  const words = expected.split(/[\s,.;:!?،؛()/·…"«»„“]+/u).filter((w) => w.length > 0);
  return words.filter((w) => !pdf.includes(withoutHarakat(w)));
}

/** `pdffonts`: each font's name and whether it is embedded. */
export function pdfFonts(pdfPath: string): { name: string; embedded: boolean; unicode: boolean }[] {
  const lines = execFileSync(tool('pdffonts'), [pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, ID: read from the end.
  return lines.map((line) => {
    const fields = line.trim().split(/\s+/);
    return { name: fields[0]!, embedded: fields[fields.length - 5] === 'yes', unicode: fields[fields.length - 3] === 'yes' };
  });
}

/** The first page rendered in grey (pdftoppm, PGM): the leftmost and rightmost inked column as fractions of the width. */
export function pdfInkSpan(pdfPath: string): { left: number; right: number } {
  const out = path.join(path.dirname(pdfPath), `${path.basename(pdfPath, '.pdf')}-page`);
  execFileSync(tool('pdftoppm'), ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdfPath, out]);
  const pgm = fs.readFileSync(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace; then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! < 160) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return { left: left / width, right: (right + 1) / width };
}
