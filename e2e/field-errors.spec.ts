import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { logInViaUi, setUpViaApi, switchLanguage } from './support/flows';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';

const STAFF = { username: 'sam.staff', displayName: 'Sam Staff', roles: ['coordinator' as const, 'caseworker' as const] };

/** The field is marked and its own message says what is wrong. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('wrong numbers are refused on their field with a message that says why: negative fee, duration −5, negative places and rent (German and Arabic)', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool', 'housing'], accounts: [STAFF] });
  await logInViaUi(page, app, account!);
  for (const lng of ['de', 'ar']) {
    if (lng === 'ar') await switchLanguage(page, 'de', 'ar');
    const l = (key: string, vars: Record<string, string | number> = {}) => text(lng, key, vars);
    const nav = page.getByRole('navigation', { name: l('common:nav.label') });

    await nav.getByRole('button', { name: l('pool:nav.settings'), exact: true }).click();
    const fee = page.getByLabel(l('pool:settings.firstHour'));
    await fee.fill('-5');
    await page.getByRole('button', { name: l('pool:settings.save') }).click();
    await expectFieldError(fee, l('validation:notNegative'));

    await nav.getByRole('button', { name: l('pool:nav.book'), exact: true }).click();
    const duration = page.getByLabel(l('pool:booking.duration'));
    await duration.fill('-5');
    await page.getByRole('button', { name: l('pool:booking.submit') }).click();
    await expectFieldError(duration, l('validation:between', { min: 15, max: 600 }));

    await openHousingPage(page, 'housing:nav.accommodations', lng);
    const beds = page.getByLabel(l('housing:accommodations.beds'));
    await beds.fill('-3');
    await page.getByRole('button', { name: l('common:save') }).click();
    await expectFieldError(beds, l('validation:notNegative'));

    await openHousingPage(page, 'housing:nav.offers', lng);
    const rent = page.getByLabel(l('housing:offers.rentLabel'));
    await rent.fill('-500');
    await page.getByRole('button', { name: l('common:save') }).click();
    await expectFieldError(rent, l('validation:notNegative'));
  }
});
