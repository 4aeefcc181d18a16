import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { text } from './support/texts';

const de = (key: string, options?: Record<string, string | number>) => text('de', key, options);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

const nav = (page: Page) => page.getByRole('navigation', { name: de('common:nav.label') });

async function openEmployer(page: Page, name: string) {
  await nav(page).getByRole('button', { name: de('hotline:nav.employers') }).click();
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const noAxeViolations = (page: Page, what: string) => expectNoAxeViolations(page, what);

/** "<name> hat das um <date time> geändert. …", the time in the page's own short form. */
function changedBy(name: string): RegExp {
  const [before, after] = de('errors:changedBy', { name, time: '\u0000' }).split('\u0000') as [string, string];
  return new RegExp(`${escape(before)}\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}${escape(after)}`);
}

test('two people edit one employer: the second save names who changed it and when, and overwrites nothing; a colleague’s call in progress shows who holds it', async ({
  browser,
  app,
}) => {
  const [hanna, olaf] = await setUpViaApi(app, {
    modules: ['hotline'],
    accounts: [
      { username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] },
      { username: 'olaf.hotline', displayName: 'Olaf Hotline', roles: ['hotline'] },
    ],
  });
  await signInScript(app, hanna!);
  await callApi(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Gasthof Emsblick', sector: 'Gastronomie', sizeBand: 'small', street: 'Emsstraße 4', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const a = await newPage(browser);
  const b = await newPage(browser);
  await logInViaUi(a, app, hanna!);
  await logInViaUi(b, app, olaf!);

  // Both open the employer; Olaf saves first, then Hanna saves what she loaded before.
  await openEmployer(a, 'Gasthof Emsblick');
  await openEmployer(b, 'Gasthof Emsblick');
  await b.getByRole('textbox', { name: de('hotline:employer.sector') }).fill('Hotel und Gastronomie');
  await b.getByRole('button', { name: de('common:save') }).click();
  await expect(b.getByRole('status').filter({ hasText: de('hotline:employer.saved') })).toBeVisible();

  await a.getByRole('textbox', { name: de('hotline:employer.notes') }).fill('Ruft meist freitags an');
  await a.getByRole('button', { name: de('common:save') }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'Olaf Hotline' })).toHaveText(changedBy('Olaf Hotline'));
  await noAxeViolations(a, 'employer page with the conflict');

  // Reloaded, Hanna sees Olaf's change and not hers; saved again, hers goes on top.
  await openEmployer(a, 'Gasthof Emsblick');
  await expect(a.getByRole('textbox', { name: de('hotline:employer.sector') })).toHaveValue('Hotel und Gastronomie');
  await expect(a.getByRole('textbox', { name: de('hotline:employer.notes') })).toHaveValue('');
  await a.getByRole('textbox', { name: de('hotline:employer.notes') }).fill('Ruft meist freitags an');
  await a.getByRole('button', { name: de('common:save') }).click();
  await expect(a.getByRole('status').filter({ hasText: de('hotline:employer.saved') })).toBeVisible();

  // Hanna takes a call from the employer: Olaf sees that she is on it, not what she types.
  await a.keyboard.press('F2');
  await expect(a.getByRole('heading', { level: 1, name: de('hotline:call.title') })).toBeVisible();
  await a.getByRole('combobox', { name: de('hotline:call.employer') }).fill('Emsblick');
  await a.getByRole('option', { name: /Gasthof Emsblick/ }).click();
  await a.getByLabel(de('hotline:call.question'), { exact: true }).fill('Darf Herr K. mit Duldung eine Ausbildung beginnen?');
  await a.getByLabel(de('hotline:call.question'), { exact: true }).blur();
  await expect(a.getByText(de('hotline:call.draftSaved', { time: '' }).replace(/\(\)$/, ''))).toBeVisible();

  await nav(b).getByRole('button', { name: de('hotline:nav.calls') }).click();
  const held = b.getByTestId('held-drafts');
  await expect(held).toContainText('Hanna Hotline');
  await expect(held).toContainText('Gasthof Emsblick');
  await noAxeViolations(b, 'calls with a colleague’s call in progress');
  await held.getByRole('button', { name: 'Gasthof Emsblick' }).click();
  await expect(b.getByTestId('in-call-with')).toContainText('Hanna Hotline');
  await expect(b.locator('body')).not.toContainText('Duldung');
  await noAxeViolations(b, 'employer page with a colleague on the phone');
});
