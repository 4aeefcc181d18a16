import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript, switchLanguage } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';

const CASEWORKER = { username: 'parisa.case', displayName: 'Parisa Rahimi', roles: ['caseworker' as const] };

test('a caseworker switches the interface to Persian: translated, right to left, axe clean', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);
  await switchLanguage(page, 'de', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Every language is offered named in itself, from the registry.
  await expect(page.getByLabel(text('fa', 'common:uiLanguage')).locator('option')).toHaveText(['Deutsch', 'English', 'العربية', 'Türkçe', 'Українська', 'Русский', 'فارسی']);
  await expect(page.getByRole('button', { name: text('fa', 'common:nav.settings'), exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'settings (Persian)');
  await openHousingPage(page, 'housing:nav.accommodations', 'fa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('fa', 'housing:accommodations.title'));
  await expectNoAxeViolations(page, 'accommodations (Persian)');

  // Numbers in Persian digits, as Persian is written (Intl's default numbering for fa): a
  // shelter's beds, the board's column counts.
  await signInScript(app, account!);
  await callApi(app, 'housing.accommodationSave', { name: 'Unterkunft Dorenkamp', address: 'Teststraße 1', units: 4, beds: 12 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('fa', 'housing:accommodations.title'));
  const shelter = page.getByRole('row').filter({ hasText: 'Unterkunft Dorenkamp' });
  // Beds and free beds.
  await expect(shelter.getByRole('cell', { name: '۱۲', exact: true })).toHaveCount(2);
  await expect(shelter).not.toContainText('12');
  await openHousingPage(page, 'housing:nav.board', 'fa');
  await expect(page.getByRole('heading', { level: 2, name: text('fa', 'housing:stage.registered') + ' (۰)' })).toBeVisible();

  // Russian and Ukrainian likewise, left to right.
  await switchLanguage(page, 'fa', 'uk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: text('uk', 'common:nav.settings'), exact: true })).toBeVisible();
});
