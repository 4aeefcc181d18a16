import { test, expect, type Page } from '@playwright/test';
import { logInAnyLanguage, openRoute, settled, startDemoServer, type DemoServer } from './support/a11y';
import type { AppServer } from './support/app-server';
import { callApi, setUpViaApi, switchLanguage, type Account } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { text } from './support/texts';

/*
 * BITV 2.0 / EN 301 549: axe (WCAG 2.0 and 2.1, A and AA) finds nothing on any page or main
 * dialog. On an empty installation (the empty states a new office sees first) every page in
 * German and in both right-to-left UI languages; with the demo data (every module, lists with
 * rows, detail pages, dialogs) as the demo admin, who holds every role, in German and Arabic —
 * Persian lays out the same pages right to left as Arabic does, only its words differ, and a
 * sweep with data costs most of a minute per language.
 */

const SWEEP_LANGUAGES = ['de', 'ar', 'fa'] as const;
const DEMO_SWEEP_LANGUAGES = ['de', 'ar'] as const;
const ASSIGNMENTS = { status: null, from: '', to: '', interpreterId: null };

// Axe over some thirty screens takes minutes on a busy two-core machine: a limit against a hang.
test.describe.configure({ timeout: 420_000 });

/** Every entry of the navigation, one after the other, axe on each. Returns the labels seen. */
async function sweepNavigation(page: Page, lng: string, who: string): Promise<string[]> {
  const items = page.getByRole('navigation', { name: text(lng, 'common:nav.label') }).getByRole('button');
  const labels: string[] = [];
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const label = (await item.textContent()) ?? `#${i}`;
    labels.push(label);
    await item.click();
    await expect(item).toHaveAttribute('aria-current', 'page');
    await settled(page);
    await expectNoAxeViolations(page, `${who}: ${label} (${lng})`);
  }
  return labels;
}

async function firstId(app: AppServer, channel: string, input: unknown = {}): Promise<number> {
  const value = await callApi<{ rows?: { id: number }[]; items?: { id: number }[] }>(app, channel, input);
  const id = (value.rows ?? value.items ?? [])[0]?.id;
  if (id === undefined) throw new Error(`${channel}: the demo data has no row`);
  return id;
}

/** A modal dialog passes axe while open (the page behind it is inert) and closes with Escape. */
async function axeDialog(page: Page, open: () => Promise<void>, what: string): Promise<void> {
  await open();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, what);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

for (const lng of DEMO_SWEEP_LANGUAGES) {
  test(`with the demo data, every page, detail page and main dialog passes axe (${lng})`, async ({ page }) => {
    const demo: DemoServer = await startDemoServer();
    try {
      await logInAnyLanguage(page, demo, demo);
      await expectNoAxeViolations(page, `start (de)`);
      if (lng !== 'de') await switchLanguage(page, 'de', lng);
      await expect(page.locator('html')).toHaveAttribute('dir', lng === 'de' ? 'ltr' : 'rtl');

      const labels = await sweepNavigation(page, lng, 'demo admin');
      // The admin pages and every module's pages are among them.
      expect(labels).toEqual(expect.arrayContaining([text(lng, 'common:nav.users'), text(lng, 'common:nav.audit'), text(lng, 'common:nav.reports'), text(lng, 'pool:nav.fees'), text(lng, 'hotline:nav.calls'), text(lng, 'housing:nav.board')]));

      // Detail pages, opened as a link would open them.
      await callApi(demo, 'session.login', { username: demo.username, password: demo.password });
      const assignment = await firstId(demo, 'pool.assignmentsList', ASSIGNMENTS);
      const interpreter = await firstId(demo, 'pool.interpretersList', { search: '', status: null });
      const call = await firstId(demo, 'hotline.callsList');
      const employer = await firstId(demo, 'hotline.employersList');
      const housingCase = await firstId(demo, 'housing.casesList', { sort: 'daysInStage', direction: 'desc', limit: 50 });
      const details: [string, Record<string, number>][] = [
        ['pool.assignment', { id: assignment }],
        ['pool.feedbackForm', { id: assignment }],
        ['pool.interpreter', { id: interpreter }],
        ['pool.interpreter', { id: interpreter, edit: 1 }],
        ['hotline.callDetail', { id: call }],
        ['hotline.handoverSheet', { id: call }],
        ['hotline.employerDetail', { id: employer }],
        ['hotline.employerDetail', { id: 0 }],
        ['housing.case', { id: housingCase }],
        ['housing.print', { id: housingCase }],
        ['accessibility', {}],
      ];
      for (const [route, params] of details) {
        await openRoute(page, demo, route, params);
        await expectNoAxeViolations(page, `${route} ${JSON.stringify(params)} (${lng})`);
      }

      // The main dialogs.
      await openRoute(page, demo, 'users');
      await axeDialog(page, () => page.getByRole('button', { name: text(lng, 'admin:users.add') }).click(), `create user (${lng})`);
      await openRoute(page, demo, 'housing.board');
      await axeDialog(page, () => page.getByRole('main').getByRole('button', { name: text(lng, 'housing:register.open') }).click(), `register household (${lng})`);
      await openRoute(page, demo, 'housing.case', { id: housingCase });
      await axeDialog(page, () => page.getByRole('main').getByRole('button', { name: text(lng, 'housing:household.edit') }).click(), `edit household (${lng})`);
    } finally {
      await demo.stop();
    }
  });
}

/*
 * Every page a working role sees, swept once as a person holding all four (the union of their
 * pages; a page's empty state does not depend on who else the viewer is), and the reporting
 * role's own start page, the one page that differs when a person holds no module role.
 */
const PEOPLE = [
  { username: 'alle.rollen', displayName: 'Alle Rollen', roles: ['coordinator' as const, 'hotline' as const, 'caseworker' as const, 'reporting' as const] },
  { username: 'rita.bericht', displayName: 'Rita Berichte', roles: ['reporting' as const] },
];

for (const lng of SWEEP_LANGUAGES) {
  test(`on an empty installation, every page the working roles see passes axe, also before log-in (${lng})`, async ({ page, browser }) => {
    const { startAppServer } = await import('./support/app-server');
    const app = await startAppServer();
    try {
      const accounts = await setUpViaApi(app, { modules: ['pool', 'hotline', 'housing'], accounts: PEOPLE });
      for (const account of accounts) {
        await callApi(app, 'session.login', { username: account.username, password: account.password });
        await callApi(app, 'settings.updateMine', { uiLanguage: lng });
        await callApi(app, 'session.logout');
      }
      // Before log-in: the log-in screen and the statement it links to.
      await page.goto(app.url);
      await page.getByLabel(text('de', 'common:uiLanguage')).selectOption(lng);
      await expectNoAxeViolations(page, `log-in (${lng})`);
      await page.getByRole('button', { name: text(lng, 'accessibility:link') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(lng, 'accessibility:title'));
      await expectNoAxeViolations(page, `statement before log-in (${lng})`);

      const [everyRole, reporting] = accounts as [Account, Account];
      const context = await browser.newContext();
      const own = await context.newPage();
      await logInAnyLanguage(own, app, everyRole);
      await expect(own.locator('html')).toHaveAttribute('lang', lng);
      const labels = await sweepNavigation(own, lng, everyRole.username);
      expect(labels).toEqual(expect.arrayContaining([text(lng, 'common:nav.reports'), text(lng, 'pool:nav.fees'), text(lng, 'hotline:nav.calls'), text(lng, 'housing:nav.board')]));
      await context.close();

      const reportingContext = await browser.newContext();
      const reportingPage = await reportingContext.newPage();
      await logInAnyLanguage(reportingPage, app, reporting);
      await settled(reportingPage);
      await expectNoAxeViolations(reportingPage, `${reporting.username}: start (${lng})`);
      await reportingContext.close();
    } finally {
      await app.stop();
    }
  });
}
