import { expect, test } from './support/fixtures';
import { tabVisiblyTo } from './support/a11y';
import { callApi, logInViaUi, setUpViaApi, signInScript, switchLanguage } from './support/flows';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';
import type { Page } from '@playwright/test';

/*
 * WCAG 1.4.10 and 1.4.4 (BITV 2.0): at 320 CSS px width, and with text at 200 %, the page itself
 * never scrolls sideways (data tables and the board scroll in their own region) and no text
 * runs out of its box; forced colours (Windows high contrast) keep focus and borders visible;
 * with reduced motion nothing moves.
 */

const CASEWORKER = { username: 'nour.wohnen', displayName: 'Nour Haddad', roles: ['caseworker' as const, 'admin' as const] };

// e2e code has no DOM types: the page's globals are described by hand.
interface El {
  tagName: string;
  className: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  parentElement: El | null;
  getClientRects(): { length: number };
  getBoundingClientRect(): { right: number; left: number };
}
type Doc = { documentElement: El & { scrollWidth: number }; querySelectorAll(s: string): El[] };
type Win = { document: Doc; innerWidth: number; getComputedStyle(el: El): Record<string, string> };

/** The page scrolls only up and down, and no label, button, heading or cell is wider than its box. */
async function expectReflows(page: Page, what: string): Promise<void> {
  const result = await page.evaluate(() => {
    const w = globalThis as unknown as Win;
    const inOwnScroller = (el: El) => {
      for (let p: El | null = el.parentElement; p; p = p.parentElement) {
        const overflow = w.getComputedStyle(p).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    const cut = [...w.document.querySelectorAll('h1, h2, h3, label, legend, button, a, p, dt, dd, .nav-item, .topbar-org')]
      .filter((el) => el.getClientRects().length > 0 && !inOwnScroller(el))
      .filter((el) => el.className !== 'visually-hidden' && !el.className.includes('skip-link'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && w.getComputedStyle(el).display !== 'inline')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`);
    // What sticks out of the window (outside regions that scroll themselves), innermost first, to name the culprit.
    const sticksOut = [...w.document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length > 0 && !inOwnScroller(el))
      .filter((el) => el.getBoundingClientRect().right > w.innerWidth + 1 || el.getBoundingClientRect().left < -1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(-5);
    return { pageWidth: w.document.documentElement.scrollWidth, viewport: w.innerWidth, cut, sticksOut };
  });
  expect(result.pageWidth, `${what}: the page is ${result.pageWidth}px wide in a ${result.viewport}px window (${result.sticksOut.join(', ')})`).toBeLessThanOrEqual(result.viewport);
  expect(result.cut, `${what}: text cut off or running out of its box`).toEqual([]);
}

async function visitScreens(page: Page, lng: string, what: string): Promise<void> {
  await expectReflows(page, `start ${what}`);
  for (const key of ['housing:nav.board', 'housing:nav.list', 'housing:nav.accommodations', 'housing:nav.offers', 'housing:nav.indicators']) {
    await openHousingPage(page, key, lng);
    await expectReflows(page, `${key} ${what}`);
  }
  for (const key of ['common:nav.settings', 'common:nav.users', 'common:nav.audit']) {
    await page.getByRole('navigation', { name: text(lng, 'common:nav.label') }).getByRole('button', { name: text(lng, key), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectReflows(page, `${key} ${what}`);
  }
  await page.getByRole('button', { name: text(lng, 'accessibility:link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(lng, 'accessibility:title'));
  await expectReflows(page, `statement ${what}`);
}

test('at 320 CSS px and at 200 % zoom, German and Arabic, nothing scrolls sideways or is cut off', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER], organisationName: 'Fachbereich Soziales, Integration und Wohnen der Stadt Rheine' });
  await signInScript(app, account!);
  await callApi(app, 'housing.accommodationSave', { name: 'Gemeinschaftsunterkunft Dorenkamp-Süd', address: 'Lange Straße 123, 48431 Rheine', units: 12, beds: 48 });

  await page.setViewportSize({ width: 320, height: 640 });
  await logInViaUi(page, app, account!);
  await visitScreens(page, 'de', '320 px de');
  await switchLanguage(page, 'de', 'ar');
  await visitScreens(page, 'ar', '320 px ar');

  // 200 % text: what browser zoom at 200 % does to a 1280 px window — 640 CSS px, every size
  // doubled — so the app's own breakpoints respond as they would for the person zooming (a root
  // font size set by hand would leave the media queries at the default size).
  await page.setViewportSize({ width: 640, height: 400 });
  await visitScreens(page, 'ar', '200 % zoom ar');
});

test('forced colours keep focus and borders visible; reduced motion stops every transition', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await logInViaUi(page, app, account!);
  await openHousingPage(page, 'housing:nav.accommodations');

  // Keyboard focus stays visible on every control met on the way to the footer (outline, not a shadow that forced colours drop).
  await tabVisiblyTo(page, page.getByRole('button', { name: text('de', 'accessibility:link') }));
  await tabVisiblyTo(page, page.getByRole('link', { name: text('de', 'common:skipToContent') }), { back: true });
  // Form fields (the new shelter's) keep their borders.
  const borders = await page.locator('main input, main select, main textarea').evaluateAll((els) =>
    els.map((el) => (globalThis as unknown as Win).getComputedStyle(el as unknown as El).borderTopStyle),
  );
  expect(borders.length).toBeGreaterThan(0);
  expect(borders.filter((b) => b === 'none' || b === 'hidden')).toEqual([]);

  // Nothing animates: every element's transitions and animations are off.
  const moving = await page.evaluate(() => {
    const w = globalThis as unknown as Win;
    return [...w.document.querySelectorAll('*')]
      .filter((el) => {
        const style = w.getComputedStyle(el);
        return style.transitionDuration!.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(moving).toEqual([]);
});
