import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { logInViaUi, setUpViaApi } from './support/flows';
import { text } from './support/texts';

const de = (key: string) => text('de', key);
const heading = (page: Page, key: string) => page.getByRole('heading', { level: 1, name: de(key) });
const go = (page: Page, key: string) => page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de(key), exact: true }).click();

test('the page is in the address: Back, Reload, a link, and a return to the same page after a lock', async ({ page, app }) => {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
  await logInViaUi(page, app, hanna!);
  await go(page, 'hotline:nav.employers');
  await expect(heading(page, 'hotline:nav.employers')).toBeVisible();
  await go(page, 'hotline:nav.outreach');
  await expect(heading(page, 'hotline:nav.outreach')).toBeVisible();
  expect(page.url()).toContain('page=hotline.outreach');
  // The launch token stays in the address beside the page.
  expect(new URL(page.url()).hash).toContain(`token=${app.token}`);

  await page.goBack();
  await expect(heading(page, 'hotline:nav.employers')).toBeVisible();
  await page.goForward();
  await expect(heading(page, 'hotline:nav.outreach')).toBeVisible();

  // Reload: still signed in (this tab's session), still on the same page.
  await page.reload();
  await expect(heading(page, 'hotline:nav.outreach')).toBeVisible();

  // Lock and unlock: back where she was, not on a start page or a call form.
  await page.getByRole('button', { name: de('common:lock') }).click();
  await page.getByLabel(de('auth:login.password')).fill(hanna!.password);
  await page.getByRole('button', { name: de('auth:locked.unlock') }).click();
  await expect(heading(page, 'hotline:nav.outreach')).toBeVisible();

  // A link to a page opens it directly.
  await page.goto(`${app.origin}/#token=${app.token}&page=hotline.employers`);
  await expect(heading(page, 'hotline:nav.employers')).toBeVisible();
  // A page this person may not open falls back to the start page.
  await page.goto(`${app.origin}/#token=${app.token}&page=users`);
  await expect(page.getByRole('navigation', { name: de('common:nav.label') })).toBeVisible();
  await expect(heading(page, 'common:nav.users')).toHaveCount(0);
});
