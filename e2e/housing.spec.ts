import ExcelJS from 'exceljs';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript, switchLanguage } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { currentQuarter, openHousingPage } from './support/housing-flows';
import { expectPrintsFullWidth } from './support/print';
import { text } from './support/texts';

const CASEWORKER = { username: 'clara.case', displayName: 'Clara Caseworker', roles: ['caseworker' as const] };
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

test('a household moves from the shelter into its own flat, the board moved by keyboard', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);

  // A shelter with ten beds.
  await openHousingPage(page, 'housing:nav.accommodations');
  await page.getByLabel(de('housing:accommodations.name')).fill('Unterkunft Emsdeich');
  await page.getByLabel(de('housing:accommodations.address')).fill('Am Emsdeich 3, 48431 Rheine');
  await page.getByLabel(de('housing:accommodations.units')).fill('4');
  await page.getByLabel(de('housing:accommodations.beds')).fill('10');
  await page.getByRole('button', { name: de('common:save') }).click();
  const shelterRow = page.getByRole('row', { name: /Unterkunft Emsdeich/ });
  await expect(shelterRow.getByTestId('occupied')).toHaveText('0');

  // Register a household of three in it.
  await openHousingPage(page, 'housing:nav.board');
  await page.getByRole('button', { name: de('housing:register.open') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(de('housing:register.movedInOn')).fill('2025-03-01');
  await dialog.getByLabel(de('housing:household.reference')).fill('HH-2025-017');
  await dialog.getByLabel(de('housing:ageBand.age18to64'), { exact: true }).fill('2');
  await dialog.getByLabel(de('housing:ageBand.age6to17'), { exact: true }).fill('1');
  // Languages are picked by name (the UI language's and their own), not typed as codes.
  const languages = dialog.getByRole('group', { name: de('housing:household.languages') });
  await languages.getByRole('checkbox', { name: /^Arabisch · العربية$/ }).check();
  await languages.getByRole('checkbox', { name: 'Deutsch', exact: true }).check();
  await dialog.getByLabel(de('housing:household.roomsNeeded')).fill('3');
  await dialog.getByRole('button', { name: de('housing:register.submit') }).click();
  await expect(page.getByRole('status')).toContainText(de('housing:register.done', { reference: 'HH-2025-017' }));
  const registered = page.getByRole('region', { name: new RegExp(`^${de('housing:stage.registered')}`) });
  await expect(registered.getByRole('button', { name: 'HH-2025-017', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'board');

  await openHousingPage(page, 'housing:nav.accommodations');
  await expect(shelterRow.getByTestId('occupied')).toHaveText('3');

  // A flat from the housing company, reserved for the household.
  await openHousingPage(page, 'housing:nav.offers');
  await page.getByLabel(de('housing:offers.address')).fill('Neuenkirchener Str. 40');
  await page.getByLabel(de('housing:offers.rooms')).fill('3');
  await page.getByLabel(de('housing:offers.sizeLabel')).fill('74');
  await page.getByLabel(de('housing:offers.rentLabel')).fill('590');
  await page.getByLabel(de('housing:offers.freeFrom')).fill('2026-12-01');
  await page.getByLabel(de('housing:offers.reservedFor')).selectOption({ label: 'HH-2025-017' });
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('row', { name: /Neuenkirchener Str\. 40/ })).toBeVisible();
  await expectNoAxeViolations(page, 'offers');

  // Tick its documents and record a viewing on the case.
  await openHousingPage(page, 'housing:nav.board');
  await page.getByRole('button', { name: 'HH-2025-017', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HH-2025-017');
  for (const kind of ['wbs', 'rentArrearsClearance', 'idResidencePermit', 'incomeProof']) {
    // The checkbox is named "received" plus the document (the latter visually hidden).
    const box = page.getByRole('checkbox', { name: new RegExp(`^${de('housing:documents.received')}\\W+${escapeRegExp(de(`housing:document.${kind}`))}$`) });
    await box.check();
    await expect(box).toBeChecked();
  }
  await expect(page.getByRole('listitem').filter({ hasText: 'Neuenkirchener Str. 40' })).toContainText(de('housing:caseOffers.fits'));
  await page.getByLabel(de('housing:caseOffers.at')).fill('2026-11-30T10:00');
  await page.getByLabel(de('housing:caseOffers.outcome')).selectOption('accepted');
  await page.getByRole('button', { name: de('housing:caseOffers.recordViewing') }).click();
  await expect(page.getByRole('table', { name: de('housing:caseOffers.viewings') })).toContainText(de('housing:outcome.accepted'));
  await expectNoAxeViolations(page, 'case detail');

  // On the board, the card goes to "lease signed" and "moved out" by keyboard alone.
  await openHousingPage(page, 'housing:nav.board');
  const card = page.getByRole('button', { name: 'HH-2025-017', exact: true });
  await card.focus();
  for (const stage of ['documentsReady', 'searching', 'viewingOffer', 'leaseSigned', 'movedOut']) {
    await page.keyboard.press('Control+ArrowRight');
    if (stage === 'documentsReady') {
      // One document is still missing: the dialog names it and asks why the case goes on anyway.
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByTestId('housing-missing-documents')).toContainText(de('housing:document.rentApproval'));
      await expect(dialog.getByTestId('housing-missing-documents')).not.toContainText(de('housing:document.wbs'));
      await expectNoAxeViolations(page, 'move with documents missing');
      await dialog.getByRole('button', { name: de('housing:move.submit') }).click();
      await expect(dialog.getByText(de('housing:validation.documentsMissingReason'))).toBeVisible();
      await dialog.getByLabel(de('housing:move.reason')).fill('Jobcenter sagt Kostenübernahme telefonisch zu');
      await dialog.getByLabel(de('housing:move.reason')).press('Tab');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('status')).toHaveText(de('housing:board.moved', { reference: 'HH-2025-017', stage: de(`housing:stage.${stage}`) }));
    const column = page.getByRole('region', { name: new RegExp(`^${escapeRegExp(de(`housing:stage.${stage}`))}`) });
    await expect(column.getByRole('button', { name: 'HH-2025-017', exact: true })).toBeFocused();
  }

  // The shelter has three beds more, and the move-out counts in this quarter.
  await openHousingPage(page, 'housing:nav.accommodations');
  await expect(shelterRow.getByTestId('occupied')).toHaveText('0');
  await expectNoAxeViolations(page, 'accommodations');

  await openHousingPage(page, 'housing:nav.indicators');
  const quarters = page.getByRole('table', { name: de('housing:indicators.moveOutsPerQuarter') });
  // One household of three moved out: below the threshold of 5, so the page says "< 5" and hides the people ("x").
  const quarterRow = quarters.getByRole('row', { name: new RegExp(currentQuarter()) });
  await expect(quarterRow.getByRole('cell').nth(0)).toHaveText(de('reports:mark.small', { threshold: 5 }));
  await expect(quarterRow.getByRole('cell').nth(1)).toHaveText(de('reports:mark.hidden'));
  await expect(page.getByTestId('indicator-occupancy')).toHaveText(de('housing:indicators.occupancyValue', { occupied: 0, beds: 10 }));
  await expectNoAxeViolations(page, 'indicators');

  await openHousingPage(page, 'housing:nav.list');
  await page.getByLabel(de('housing:list.includeEnded')).check();
  await expect(page.getByRole('row', { name: /HH-2025-017/ })).toContainText(de('housing:stage.movedOut'));
  await page.getByRole('button', { name: de('housing:list.reference') }).click();
  await expect(page.getByRole('columnheader', { name: de('housing:list.reference') })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page, 'list');
});

test('an admin who is also a caseworker renames a stage; Arabic board, print view and settings pass axe', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, {
    modules: ['housing'],
    accounts: [{ username: 'hakan.lead', displayName: 'Hakan Lead', roles: ['caseworker', 'admin'] }],
  });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  await openHousingPage(page, 'housing:nav.settings');
  const searching = de('housing:stage.searching');
  await page.getByLabel(`${de('housing:settings.labelIn', { language: 'Deutsch' })}: ${searching}`).fill('Suche läuft');
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('status')).toHaveText(de('housing:settings.saved'));
  await expectNoAxeViolations(page, 'settings');
  await openHousingPage(page, 'housing:nav.board');
  await expect(page.getByRole('heading', { level: 2, name: /^Suche läuft/ })).toBeVisible();

  // A household, its checklist printed in its own language (Arabic) while the UI stays German.
  await callApi(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 1, beds: 6 });
  await page.getByRole('button', { name: de('housing:register.open') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(de('housing:register.movedInOn')).fill('2026-01-15');
  await dialog.getByLabel(de('housing:household.reference')).fill('HH-AR-1');
  await dialog.getByRole('group', { name: de('housing:household.languages') }).getByRole('checkbox', { name: /^Arabisch/ }).check();
  await dialog.getByRole('button', { name: de('housing:register.submit') }).click();
  await page.getByRole('button', { name: 'HH-AR-1', exact: true }).click();
  await page.getByRole('button', { name: de('housing:case.printChecklist') }).click();
  const sheet = page.locator('article.housing-print');
  await expect(sheet).toHaveAttribute('dir', 'rtl');
  await expect(sheet.getByRole('heading', { level: 2 })).toContainText(text('ar', 'forms:checklist.title'));
  await expect(sheet).toContainText(text('ar', 'forms:checklist.kind.wbs'));
  // Bilingual on paper: staff read the German beside the client's language.
  await expect(sheet).toContainText(de('forms:checklist.kind.wbs'));
  await expectNoAxeViolations(page, 'print view');
  // On paper the checklist spans the page (it printed as a strip beside the hidden navigation).
  await expectPrintsFullWidth(page, sheet, sheet.locator('thead th').last());

  await switchLanguage(page, 'de', 'ar');
  await openHousingPage(page, 'housing:nav.board', 'ar');
  await expect(page.getByRole('region', { name: new RegExp(`^${text('ar', 'housing:stage.registered')}`) }).getByRole('button', { name: 'HH-AR-1', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'board (Arabic)');
});

test('an admin without the caseworker role edits stages and rent limits under Administration', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [{ username: 'ines.admin', displayName: 'Ines Admin', roles: ['admin'] }] });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  await openHousingPage(page, 'housing:nav.settings');
  // No caseworker pages for her, only the settings.
  await expect(page.getByRole('navigation').getByRole('button', { name: de('housing:nav.board') })).toHaveCount(0);

  await page.getByRole('button', { name: de('housing:settings.addRentLimit') }).click();
  await page.getByLabel(`${de('housing:settings.maxRent')}: 7`).fill('980');
  await page.getByRole('button', { name: de('housing:settings.addStage') }).click();
  const newStage = de('housing:settings.newStage');
  const newName = page.getByLabel(`${de('housing:settings.labelIn', { language: 'Deutsch' })}: ${newStage}`);
  // The new row is appended at the end of the path (before "closed", which stays last) and has the focus.
  await expect(newName).toBeFocused();
  let headers = await page.getByRole('rowheader').allTextContents();
  expect(headers.slice(-2)).toEqual([newStage, de('housing:stage.closed')]);
  // Saved without a name: refused on that field, nothing saved.
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(newName).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(de('housing:validation.stageName'))).toBeVisible();
  expect(((await callApi(app, 'housing.settings', {})) as { stages: unknown[] }).stages).toHaveLength(7);
  await newName.fill('Kaution geklärt');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: de('housing:settings.moveUp', { stage: 'Kaution geklärt' }) }).press('Enter');
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('status')).toHaveText(de('housing:settings.saved'));
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Kaution geklärt' }).getByRole('rowheader')).toHaveText('Kaution geklärt');
  // It now stands before "viewing / offer", after searching.
  headers = await page.getByRole('rowheader').allTextContents();
  expect(headers.indexOf('Kaution geklärt')).toBe(headers.indexOf(de('housing:stage.viewingOffer')) - 1);
  expect((await callApi(app, 'housing.settings', {})) as { rentLimits: unknown[] }).toMatchObject({ rentLimits: { length: 7 } });
  await expectNoAxeViolations(page, 'settings (admin)');

  // Nobody stands in it, so it can go again.
  await page.getByRole('button', { name: de('housing:settings.removeStage', { stage: 'Kaution geklärt' }) }).click();
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('rowheader', { name: 'Kaution geklärt' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(de('housing:settings.saved'));
});

test('a caseworker edits a household and a contact, records consent, edits an offer and a shelter', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  const shelter = await callApi<{ id: number }>(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 2, beds: 8 });
  const household = { reference: 'HH-ED-1', ageBands: ['age18to64', 'under6'], languages: ['ar'], roomsNeeded: 2, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' };
  const card = await callApi<{ id: number }>(app, 'housing.householdRegister', { household, accommodationId: shelter.id, movedInOn: '2025-06-01' });
  await callApi(app, 'housing.contactSave', { caseId: card.id, role: 'volunteer', name: 'Elif Yıldız', phone: '', email: '' });
  await callApi(app, 'housing.offerSave', { address: 'Emsstraße 12', rooms: 3, sizeSqm: 70, rentCents: 60_000, freeFrom: '2027-01-01', landlordType: 'private', reservedForCaseId: null });

  await openHousingPage(page, 'housing:nav.list');
  await page.getByRole('button', { name: 'HH-ED-1', exact: true }).click();
  await page.getByRole('button', { name: de('housing:household.edit') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(de('housing:ageBand.age6to17')).fill('1');
  // The household's Arabic is already checked; Kurdish is added by name.
  const picker = dialog.getByRole('group', { name: de('housing:household.languages') });
  await expect(picker.getByRole('checkbox', { name: /^Arabisch/ })).toBeChecked();
  await picker.getByRole('checkbox', { name: /^Kurdisch \(Kurmandschi\)/ }).check();
  await dialog.getByLabel(de('housing:household.accessibility')).check();
  await expectNoAxeViolations(page, 'edit household');
  await dialog.getByRole('button', { name: de('common:save') }).click();
  await expect(dialog).toHaveCount(0);
  // Shown by name, not as codes.
  await expect(page.locator('dl.facts')).toContainText(/Arabisch · العربية, Kurdisch/);
  await expect(page.locator('dl.facts')).not.toContainText('ar, ku');
  expect(((await callApi(app, 'housing.caseGet', { id: card.id })) as { household: { languages: string[] } }).household.languages).toEqual(['ar', 'ku']);
  await expect(page.locator('dl.facts')).toContainText(de('housing:household.accessibility'));

  await page.getByRole('button', { name: de('housing:contacts.edit', { name: 'Elif Yıldız' }) }).click();
  await page.getByLabel(de('housing:contacts.phone')).fill('05971 123');
  await page.getByRole('button', { name: de('housing:contacts.saveChanges') }).click();
  await expect(page.getByRole('region', { name: de('housing:contacts.title') })).toContainText('05971 123');

  // Consent of the household, form shown in Arabic (its first language by default).
  const consents = page.getByRole('region', { name: de('housing:consent.title') });
  await expect(consents.getByLabel(de('housing:consent.formLanguage'))).toHaveValue('ar');
  await consents.getByRole('button', { name: de('housing:consent.record') }).click();
  await expect(consents.getByRole('row', { name: new RegExp(escapeRegExp(de('housing:consent.purposeDefault'))) })).toContainText(de('housing:consent.active'));
  await expectNoAxeViolations(page, 'case with consent');

  await openHousingPage(page, 'housing:nav.offers');
  await page.getByRole('button', { name: de('housing:offers.edit', { address: 'Emsstraße 12' }) }).click();
  await expect(page.getByRole('heading', { name: de('housing:offers.editTitle') })).toBeVisible();
  await page.getByLabel(de('housing:offers.rentLabel')).fill('580');
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('row', { name: /Emsstraße 12/ })).toContainText('580');
  await expect(page.getByRole('heading', { name: de('housing:offers.add') })).toBeVisible();

  // Two more beds in the shelter.
  await openHousingPage(page, 'housing:nav.accommodations');
  await page.getByRole('button', { name: de('housing:accommodations.edit', { name: 'Unterkunft Test' }) }).click();
  await expect(page.getByRole('heading', { name: de('housing:accommodations.editTitle') })).toBeVisible();
  await page.getByLabel(de('housing:accommodations.beds')).fill('10');
  await page.getByRole('button', { name: de('common:save') }).click();
  await expect(page.getByRole('heading', { name: de('housing:accommodations.add') })).toBeVisible();
  // Address, units, beds: the third cell after the name.
  await expect(page.getByRole('row', { name: /Unterkunft Test/ }).getByRole('cell').nth(2)).toHaveText('10');
});

test('the indicators download as an Excel file with Arabic headings', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  const shelter = await callApi<{ id: number }>(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 2, beds: 8 });
  const household = { reference: 'HH-XL-1', ageBands: ['age18to64'], languages: ['ar'], roomsNeeded: 1, accessibility: false, rentingStatus: 'residencePermit', incomeSource: 'benefitsSgbII' };
  await callApi(app, 'housing.householdRegister', { household, accommodationId: shelter.id, movedInOn: '2025-06-01' });
  await switchLanguage(page, 'de', 'ar');
  await openHousingPage(page, 'housing:nav.indicators', 'ar');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: text('ar', 'housing:indicators.exportXlsx') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^auszug-kennzahlen-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: text('ar', 'housing:indicators.exported') })).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const pipeline = workbook.worksheets.find((ws) => ws.getRow(1).getCell(1).value === text('ar', 'housing:indicators.stage') && ws.getRow(1).getCell(2).value === text('ar', 'housing:indicators.cases'))!;
  expect(pipeline.views[0]).toMatchObject({ rightToLeft: true });
  expect(pipeline.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []))).toContainEqual([text('ar', 'housing:stage.registered'), text('ar', 'reports:mark.small', { threshold: 5 })]);
  await expectNoAxeViolations(page, 'indicators (Arabic)');
});
