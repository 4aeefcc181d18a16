import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectPdfIsWholePaper } from './pdf-image';

/**
 * A print view as paper gets it: with print media emulated, the printed part spans the page
 * (not the 13rem column the hidden navigation leaves behind) and its last column ends inside the
 * page; then Chromium renders the PDF (page.pdf, as in "save as PDF") and the PDF is checked as
 * an image and as text (support/pdf-image.ts): the table's column headers and the last column's
 * text are in it, inside the page, in embedded fonts, and the ink spans the page.
 */
export async function expectPrintsFullWidth(page: Page, printed: Locator, lastColumn?: Locator): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  try {
    const pageWidth = page.viewportSize()?.width ?? 1280;
    const box = await printed.boundingBox();
    expect(box, 'the printed part is laid out').not.toBeNull();
    expect(box!.width, `printed width ${box!.width}px of a ${pageWidth}px page`).toBeGreaterThan(pageWidth * 0.85);
    if (lastColumn) {
      const cell = await lastColumn.boundingBox();
      expect(cell, 'the last column is laid out').not.toBeNull();
      expect(cell!.x).toBeGreaterThanOrEqual(0);
      expect(cell!.x + cell!.width, 'the last column ends inside the page').toBeLessThanOrEqual(pageWidth + 1);
    }
    const headers = (await printed.locator('thead th').allInnerTexts()).map((h) => h.trim()).filter((h) => h !== '');
    const last = lastColumn ? (await lastColumn.innerText()).trim() : '';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-print-'));
    try {
      const pdfPath = path.join(dir, 'print.pdf');
      const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expectPdfIsWholePaper(pdfPath, { texts: [...headers, ...(last ? [last] : [])] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
