import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { logInViaUi, setUpViaApi, switchLanguage } from './support/flows';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';

const CASEWORKER = { username: 'dana.case', displayName: 'Dana Caseworker', roles: ['caseworker' as const] };

async function fillOffer(page: Page, lng: string, address: string) {
  await page.getByLabel(text(lng, 'housing:offers.address')).fill(address);
  await page.getByLabel(text(lng, 'housing:offers.rooms')).fill('2');
  await page.getByLabel(text(lng, 'housing:offers.sizeLabel')).fill('55');
  await page.getByLabel(text(lng, 'housing:offers.rentLabel')).fill('480');
}

test('dates are typed and shown as the user writes them: German, then Persian with the calendar by keyboard', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);

  // German: day first with dots; a short typed date is written out in full, a wrong one refused.
  await openHousingPage(page, 'housing:nav.offers');
  await fillOffer(page, 'de', 'Lindenstraße 3');
  const freeFrom = page.getByLabel(text('de', 'housing:offers.freeFrom'));
  await freeFrom.fill('31.02.2026');
  await page.getByRole('button', { name: text('de', 'common:save') }).click();
  await expect(freeFrom).toHaveAttribute('aria-invalid', 'true');
  await expect(freeFrom).toHaveAccessibleDescription(text('de', 'validation:date'));
  await freeFrom.fill('1.12.2026');
  await freeFrom.press('Tab');
  await expect(freeFrom).toHaveValue('01.12.2026');
  await page.getByRole('button', { name: text('de', 'common:save') }).click();
  await expect(page.getByRole('row', { name: /Lindenstraße 3/ })).toContainText('01.12.2026');

  // Persian: year first, Persian digits typed; Persian month names in the calendar, opened and used by keyboard.
  await switchLanguage(page, 'de', 'fa');
  await openHousingPage(page, 'housing:nav.offers', 'fa');
  await expect(page.getByRole('row', { name: /Lindenstraße 3/ })).toContainText('۲۰۲۶/۱۲/۰۱');
  await fillOffer(page, 'fa', 'Emsstraße 9');
  const persian = page.getByLabel(text('fa', 'housing:offers.freeFrom'));
  await persian.fill('۲۰۲۶/۱۲/۱۵');
  await persian.press('Alt+ArrowDown');
  const calendar = page.getByRole('dialog', { name: text('fa', 'common:date.calendar') });
  await expect(calendar).toBeVisible();
  await expect(calendar).toContainText('دسامبر');
  await expect(calendar.getByRole('gridcell', { selected: true })).toContainText('۱۵');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(persian).toBeFocused();
  await expect(persian).toHaveValue('۲۰۲۶/۱۲/۲۲');
  await page.getByRole('button', { name: text('fa', 'common:save') }).click();
  await expect(page.getByRole('row', { name: /Emsstraße 9/ })).toContainText('۲۰۲۶/۱۲/۲۲');
  // A date that is none gets the Persian message.
  await fillOffer(page, 'fa', 'Marktplatz 1');
  await persian.fill('۲۰۲۶/۱۳/۰۱');
  await page.getByRole('button', { name: text('fa', 'common:save') }).click();
  await expect(persian).toHaveAccessibleDescription(text('fa', 'validation:date'));
});
