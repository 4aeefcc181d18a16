import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findOrProvisionBrowser } from '../../e2e/support/find-browser';
import { PROJECT_ROOT } from './project-root';

/**
 * Renders resources/icons/icon.svg to the PNG sizes desktop packaging needs (Linux icon sets,
 * Windows and macOS packagers build .ico/.icns from the 256/512/1024 PNGs). Run after changing
 * the SVG: `npx tsx src-main/cli/render-icons.ts`. The PNGs are committed, so packaging needs no browser.
 */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

async function main(): Promise<void> {
  const dir = path.join(PROJECT_ROOT, 'resources', 'icons');
  const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: findOrProvisionBrowser(), args: CHROMIUM_ARGS });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: path.join(dir, `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`rendered ${ICON_SIZES.length} icon sizes into ${path.relative(PROJECT_ROOT, dir)}`);
}

void main();
