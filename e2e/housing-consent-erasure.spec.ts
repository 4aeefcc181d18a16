import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { openHousingPage } from './support/housing-flows';
import { text } from './support/texts';

const CASEWORKER = { username: 'clara.case', displayName: 'Clara Caseworker', roles: ['caseworker' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

test('withdrawing a household consent says what erasing would remove, and erases the household on confirmation', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  const shelter = await callApi<{ id: number }>(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 2, beds: 8 });
  const household = { reference: 'HH-WD-7731', ageBands: ['age18to64', 'under6'], languages: ['ar'], roomsNeeded: 2, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' };
  const card = await callApi<{ id: number }>(app, 'housing.householdRegister', { household, accommodationId: shelter.id, movedInOn: '2025-06-01' });
  await callApi(app, 'housing.consentRecord', { caseId: card.id, consent: { givenOn: '2025-06-02', purpose: 'Wohnungssuche', givenBy: 'dataSubject', formLanguage: 'ar' } });

  await openHousingPage(page, 'housing:nav.list');
  await page.getByRole('button', { name: 'HH-WD-7731', exact: true }).click();
  const consents = page.getByRole('region', { name: de('housing:consent.title') });
  await consents.getByRole('button', { name: de('housing:consent.withdraw', { purpose: 'Wohnungssuche' }) }).click();
  // The caseworker reads what erasing removes before choosing.
  const ask = consents.getByRole('group');
  await expect(ask).toContainText(de('housing:consent.withdrawExplain', { reference: 'HH-WD-7731' }));
  await expectNoAxeViolations(page, 'withdrawal question');
  await ask.getByRole('button', { name: de('housing:consent.withdrawAndErase') }).click();

  await expect(consents.getByRole('group')).toHaveCount(0);
  await expect(consents.getByRole('row', { name: /Wohnungssuche/ })).not.toContainText(de('housing:consent.active'));
  await expect(page.locator('dl.facts')).toBeVisible();
  await expect(page.getByText('HH-WD-7731')).toHaveCount(0);
  const after = await callApi<{ household: { reference: string }; consents: { withdrawnOn: string | null }[] }>(app, 'housing.caseGet', { id: card.id });
  expect(after.household.reference).not.toContain('7731');
  expect(after.consents[0]!.withdrawnOn).not.toBeNull();
});
