import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { logInViaUi, setUpViaApi } from './support/flows';
import { text } from './support/texts';

const de = (key: string) => text('de', key);

/** The draft is created three seconds late, as on a busy team server. */
async function draftStartsLate(page: Page): Promise<void> {
  await page.route('**/api/hotline.draftStart', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
}

test('on a slow network, Ctrl+Enter pressed before the call exists still checks the form at once', async ({ page, app }) => {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
  await logInViaUi(page, app, hanna!);
  await draftStartsLate(page);
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { level: 1, name: de('hotline:call.title') })).toBeVisible();
  await page.getByLabel(de('hotline:call.callerName')).fill('Frau Yılmaz');
  await page.keyboard.press('Control+Enter');

  const employer = page.getByRole('combobox', { name: de('hotline:call.employer') });
  await expect(employer).toBeFocused({ timeout: 1_500 });
  await expect(employer).toHaveAttribute('aria-invalid', 'true');
});

test('on a slow network, a call typed and left before it exists is kept, and the page left to stays in the address', async ({ page, app }) => {
  const [hanna] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
  await logInViaUi(page, app, hanna!);
  await draftStartsLate(page);
  await page.keyboard.press('F2');
  await expect(page.getByRole('heading', { level: 1, name: de('hotline:call.title') })).toBeVisible();
  await page.getByLabel(de('hotline:call.callerName')).fill('Frau Yılmaz');
  // Off to the call list while the draft is still on its way: what was typed goes into it when it arrives.
  const saved = page.waitForResponse((r) => r.url().endsWith('/hotline.draftSave'));
  const left = page.waitForResponse((r) => r.url().endsWith('/hotline.draftLeave'));
  await page.getByRole('navigation').getByRole('button', { name: de('hotline:nav.calls') }).click();
  await saved;
  await left;
  await expect(page.getByRole('heading', { level: 1, name: de('hotline:nav.calls') })).toBeVisible();
  expect(new URL(page.url()).hash).toContain('page=hotline.calls');

  await page.unroute('**/api/hotline.draftStart');
  await page.keyboard.press('F2');
  await expect(page.getByRole('status').filter({ hasText: de('hotline:call.resumed') })).toBeVisible();
  await expect(page.getByLabel(de('hotline:call.callerName'))).toHaveValue('Frau Yılmaz');
});
