import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/*
 * A printed PDF's words compared with the text that was meant to be printed, across scripts and
 * directions. Fonts and ink on the page: pdf-image.ts.
 */
const tool = (name: string) => {
  const found = [`/usr/bin/${name}`, `/usr/local/bin/${name}`].find((p) => fs.existsSync(p));
  if (!found) throw new Error(`${name} not found: install poppler-utils and run the tests again.`);
  return found;
};

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Direction marks (U+200E/F, embeddings, isolates) steer layout and are never drawn. */
export const withoutDirectionMarks = (text: string): string => text.replace(BIDI_CONTROLS, '');

/**
 * The text in reading order with whitespace and direction marks removed: line breaks fall
 * anywhere in a paragraph, and right-to-left glyph runs come out with spaces inside words.
 */
export function pdfTextCompact(pdfPath: string): string {
  return withoutDirectionMarks(execFileSync(tool('pdftotext'), ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })).replace(/\s+/g, '');
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
