import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript, switchLanguage } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';

const CASEWORKER = { username: 'clara.case', displayName: 'Clara Caseworker', roles: ['caseworker' as const] };
const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** Inside the window, not cut at either side. */
async function expectInWindow(page: Page, locator: Locator) {
  const b = await box(locator);
  const width = page.viewportSize()!.width;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(width);
}

/** The page itself never scrolls sideways: wide content scrolls inside its own box. */
async function expectNoPageScroll(page: Page) {
  // e2e code has no DOM types: the page's globals are described by hand.
  const fits = await page.evaluate(() => {
    const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return g.document.documentElement.scrollWidth <= g.innerWidth;
  });
  expect(fits).toBe(true);
}

/** Scrolls a box to its far end (in the reading direction) and checks its first column is still fully in view. */
async function scrollToEndKeepingFirst(scroller: Locator, first: Locator, last: Locator) {
  await scroller.evaluate((el) => {
    const box = el as unknown as { scrollWidth: number; scrollBy(o: { left: number }): void };
    const rtl = (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction === 'rtl';
    box.scrollBy({ left: (rtl ? -1 : 1) * box.scrollWidth });
  });
  const s = await box(scroller);
  const f = await box(first);
  const l = await box(last);
  for (const b of [f, l]) {
    expect(b.x).toBeGreaterThanOrEqual(s.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(s.x + s.width + 1);
  }
}

test('the housing board uses the window width: all seven columns at 1920, scrolling inside with the first column kept at 1366, also in Arabic', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await signInScript(app, account!);
  const shelter = await callApi<{ id: number }>(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 2, beds: 8 });
  const household = { reference: 'HH-W-1', ageBands: ['age18to64'], languages: ['ar'], roomsNeeded: 1, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' };
  await callApi(app, 'housing.householdRegister', { household, accommodationId: shelter.id, movedInOn: '2025-06-01' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await logInViaUi(page, app, account!);
  for (const lng of ['de', 'ar']) {
    if (lng === 'ar') await switchLanguage(page, 'de', 'ar');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openHousingPage(page, 'housing:nav.board', lng);
    const columns = page.locator('.housing-column');
    await expect(columns).toHaveCount(7);
    for (let i = 0; i < 7; i++) await expectInWindow(page, columns.nth(i));
    await expectNoPageScroll(page);

    await page.setViewportSize({ width: 1366, height: 768 });
    await expectNoPageScroll(page);
    const board = page.locator('.housing-board');
    expect(await board.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await scrollToEndKeepingFirst(board, columns.first(), columns.last());
    await expect(columns.first().getByRole('button', { name: 'HH-W-1', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `board ${lng} 1366`);
  }
});

test("the quality view's flag column can be reached at 1366 px, the names staying in view", async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await signInScript(app, account!);
  for (const name of ['Laila Haddad', 'Omar Khalil']) {
    await callApi(app, 'pool.interpreterSave', {
      id: null, nameNative: name, nameLatin: name, gender: 'female', phone: '', email: '', status: 'active', focusPools: ['general'],
      languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [], events: [], availability: [], absences: [], conflicts: [],
      confidentialitySignedOn: '2025-01-15', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '',
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await logInViaUi(page, app, account!);
  for (const lng of ['de', 'ar']) {
    if (lng === 'ar') await switchLanguage(page, 'de', 'ar');
    await page.getByRole('navigation', { name: text(lng, 'common:nav.label') }).getByRole('button', { name: text(lng, 'pool:nav.quality'), exact: true }).click();
    const region = page.getByRole('region', { name: text(lng, 'pool:quality.title') });
    const flags = region.getByRole('columnheader', { name: text(lng, 'pool:quality.flags') });
    await expect(flags).toBeAttached();
    await expectNoPageScroll(page);
    const name = region.getByRole('rowheader', { name: 'Laila Haddad' });
    await scrollToEndKeepingFirst(region, name, flags);
    await expectNoAxeViolations(page, `quality ${lng} 1366`);
  }
});
