import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { text } from './support/texts';

// The axe check every accessibility test relies on finds what it must, before and after a reload.
test('the axe check finds a violation put into the page, and is clean without it', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'setup:title') })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A button without a name and an image without a text alternative (WCAG 4.1.2, 1.1.1).
  await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { insertAdjacentHTML(where: string, html: string): void } } }).document;
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', '<button type="button"></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
  });
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  // A new document loads axe again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: text('de', 'setup:title') })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
