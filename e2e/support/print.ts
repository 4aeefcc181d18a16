import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A print view as paper gets it: with print media emulated, the printed part spans the page
 * (not the 13rem column the hidden navigation leaves behind) and its last column ends inside the
 * page; then Chromium renders the PDF (page.pdf, as in "save as PDF"). Without pdftoppm on these
 * machines the check reads the laid-out boxes instead of a rendered image.
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
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
