import { expect, type Locator, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './app-server';
import { text } from './texts';

/**
 * Helpers of the accessibility checks: an installation with the fictional demo data (every
 * module, lists with rows, detail pages to open), a log-in that does not depend on the language
 * the log-in screen happens to show, and routes opened through the address as a link would.
 */

export interface DemoServer extends AppServer {
  username: string;
  password: string;
}

/** Browser mode started with `--demo`: the demo admin holds every role, so every page is theirs. */
export async function startDemoServer(): Promise<DemoServer> {
  const app = await startAppServer({ extraArgs: ['--no-open', '--demo'], startTimeoutMs: 150_000 });
  const username = /user name:\s+(\S+)/.exec(app.startupOutput)?.[1];
  const password = /password:\s+(\S+)/.exec(app.startupOutput)?.[1];
  if (!username || !password) {
    await app.stop();
    throw new Error('the demo log-in was not printed');
  }
  return Object.assign(app, { username, password });
}

/** Logs in by the fields' purpose (autocomplete), whatever language the log-in screen shows. */
export async function logInAnyLanguage(page: Page, app: AppServer, account: { username: string; password: string }): Promise<void> {
  await page.goto(app.url);
  await page.locator('input[autocomplete="username"]').fill(account.username);
  await page.locator('input[autocomplete="current-password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('nav.sidebar')).toBeVisible();
}

/** Opens `route` through the address (`#token=…&page=…&id=…`), as Back or a link would. */
export async function openRoute(page: Page, app: AppServer, route: string, params: Record<string, string | number> = {}): Promise<void> {
  const hash = new URLSearchParams({ token: app.token, page: route, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  await page.evaluate((next) => {
    // e2e code has no DOM types: the page's globals are described by hand.
    (globalThis as unknown as { location: { hash: string } }).location.hash = next;
  }, hash.toString());
  await settled(page);
}

/** The page has its heading and no "loading" text left (lazy chunks and first data arrived). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  const lng = (await page.locator('html').getAttribute('lang')) ?? 'de';
  await expect(page.locator('main').getByText(text(lng, 'common:loading'), { exact: true })).toHaveCount(0);
}

/**
 * The element with the focus shows it: a visible outline (or a box shadow ring) of non-zero width
 * in its computed style, as a sighted keyboard user needs (WCAG 2.4.7).
 */
export async function expectVisibleFocus(page: Page, options: { orBrowser?: boolean } = {}): Promise<void> {
  const focus = await page.evaluate(() => {
    type Styled = { tagName: string; id: string; textContent: string | null };
    const g = globalThis as unknown as {
      document: { activeElement: Styled | null; body: Styled };
      getComputedStyle(el: Styled): { outlineStyle: string; outlineWidth: string; boxShadow: string };
    };
    const el = g.document.activeElement;
    if (!el || el === g.document.body) return null;
    const style = g.getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      ring: style.boxShadow !== 'none',
    };
  });
  // Past the page's last control, Tab goes to the browser's own UI: the document keeps no focus.
  if (focus === null && options.orBrowser) return;
  expect(focus, 'something has the focus').not.toBeNull();
  expect(focus!.outline || focus!.ring, `visible focus on ${focus!.what}`).toBe(true);
}

/**
 * Keyboard only, watching the focus on the way: presses Tab (or Shift+Tab) until `target` has
 * the focus, and after every press the focused element shows a visible focus indicator.
 */
export async function tabVisiblyTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    await expectVisibleFocus(page, { orBrowser: true });
  }
  await expect(target).toBeFocused();
}

/** Logs in with the keyboard alone: Tab to the user name, type, Tab, type, Enter. */
export async function logInByKeyboard(page: Page, app: AppServer, account: { username: string; password: string }): Promise<void> {
  await page.goto(app.url);
  await tabVisiblyTo(page, page.locator('input[autocomplete="username"]'));
  await page.keyboard.type(account.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page.locator('nav.sidebar')).toBeVisible();
}

/**
 * No keyboard trap in an open modal dialog: `presses` Tabs forward and back keep the focus
 * inside it (the page behind is inert) and visible; Escape then closes it.
 */
export async function expectDialogKeepsFocusUntilEscape(page: Page, presses = 12): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  const focusInside = () => dialog.evaluate((d) => d.contains(d.ownerDocument.activeElement));
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await focusInside(), `Tab ${i + 1} stays in the open dialog`).toBe(true);
    await expectVisibleFocus(page);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}
