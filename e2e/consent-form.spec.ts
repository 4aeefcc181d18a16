import path from 'node:path';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { expectNoAxeViolations } from './support/axe';
import { openHousingPage } from './support/housing-flows';
import { missingWords, pdfTextCompact } from './support/pdf-check';
import { pdfFonts, pdfInk } from './support/pdf-image';
import { text } from './support/texts';

const CASEWORKER = { username: 'mila.case', displayName: 'Mila Caseworker', roles: ['caseworker' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

/** Which Noto font a script needs on paper (bundled from npm, never fetched). */
const FONT = { ti: 'NotoSansEthiopic', ar: 'NotoSansArabic', ta: 'NotoSansTamil' } as const;

test('a consent form printed in Tigrinya, Arabic and Tamil beside German: text extractable, fonts embedded, page width used; handed over on screen', async ({ page, app }, testInfo) => {
  const [account] = await setUpViaApi(app, { modules: ['housing'], accounts: [CASEWORKER] });
  await logInViaUi(page, app, account!);
  await signInScript(app, account!);
  await callApi(app, 'housing.accommodationSave', { name: 'Unterkunft Test', address: 'Teststraße 1', units: 1, beds: 6 });
  await openHousingPage(page, 'housing:nav.board');
  await page.getByRole('button', { name: de('housing:register.open') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(de('housing:register.movedInOn')).fill('15.01.2026');
  await dialog.getByLabel(de('housing:household.reference')).fill('HH-TI-7');
  await dialog.getByRole('group', { name: de('housing:household.languages') }).getByRole('checkbox', { name: /^Tigrinya/ }).check();
  await dialog.getByRole('button', { name: de('housing:register.submit') }).click();
  await page.getByRole('button', { name: 'HH-TI-7', exact: true }).click();
  await page.getByRole('button', { name: de('housing:case.printConsent') }).click();

  const form = page.getByTestId('consent-form').first();
  const language = page.getByLabel(de('housing:consentForm.language'));
  // The household's language is preselected.
  await expect(language).toHaveValue('ti');
  let printedHash = '';
  for (const lng of ['ti', 'ar', 'ta'] as const) {
    await language.selectOption(lng);
    await expect(form.getByRole('heading', { level: 2 }).first()).toHaveText(text(lng, 'forms:consent.title'));
    await expect(form.getByTestId('consent-version')).toHaveText(/[0-9a-f]{16}/);
    if (lng === 'ti') printedHash = /([0-9a-f]{16})/.exec((await form.getByTestId('consent-version').textContent()) ?? '')![1]!;
    await page.emulateMedia({ media: 'print' });
    const file = path.join(testInfo.outputDir, `consent-${lng}.pdf`);
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });

    // Both languages can be read back out of the PDF: the client's and the German beside it.
    const pdf = pdfTextCompact(file);
    for (const key of ['forms:consent.title', 'forms:consent.intro', 'forms:consent.withdraw', 'forms:consent.agree']) {
      expect(missingWords(pdf, text(lng, key)), `${lng} ${key}`).toEqual([]);
      expect(missingWords(pdf, de(key)), `de ${key}`).toEqual([]);
    }
    // No missing glyphs: the script's Noto font is embedded with a Unicode map, and no font is left out.
    const fonts = pdfFonts(file);
    expect(fonts.some((f) => f.name.includes(FONT[lng]) && f.embedded && f.unicode), `${FONT[lng]} in ${JSON.stringify(fonts)}`).toBe(true);
    expect(fonts.filter((f) => !f.embedded), 'fonts not embedded').toEqual([]);
    // The content uses the page: ink reaches near both margins of the rendered first page.
    const ink = pdfInk(file)[0]!;
    expect(ink.left, `${lng}: ink starts at ${ink.left}`).toBeLessThan(0.15);
    expect(ink.right, `${lng}: ink ends at ${ink.right}`).toBeGreaterThan(0.85);
  }
  await expectNoAxeViolations(page, 'consent form');

  // Hand-over: the client's language only, large, nothing else; staff take it back with their password.
  await language.selectOption('ti');
  await page.getByRole('button', { name: de('common:handOver.start') }).click();
  const handOver = page.getByTestId('hand-over');
  await expect(handOver).toBeVisible();
  await expect(handOver.getByRole('heading', { level: 2 })).toHaveText(text('ti', 'forms:consent.title'));
  await expect(handOver).not.toContainText(de('forms:consent.title'));
  // Large type: half as large again as the app's own text.
  const [formSize, appSize] = await handOver.evaluate((el) => {
    const style = (node: typeof el) => Number.parseFloat(el.ownerDocument.defaultView!.getComputedStyle(node).fontSize);
    return [style(el), style(el.ownerDocument.body)];
  });
  expect(formSize / appSize).toBeGreaterThanOrEqual(1.5);
  await page.keyboard.press('Escape');
  await expect(handOver).toBeVisible();
  await handOver.getByRole('button', { name: de('common:handOver.back') }).click();
  const password = handOver.getByLabel(de('common:handOver.password', { name: CASEWORKER.displayName }));
  await password.fill('nicht-das-passwort');
  await password.press('Enter');
  await expect(handOver.getByText(de('common:handOver.wrong'))).toBeVisible();
  await expect(handOver).toBeVisible();
  await password.fill(account!.password);
  await password.press('Enter');
  await expect(handOver).toBeHidden();

  // The consent recorded in Tigrinya keeps the text's version and the same check value as the paper.
  await page.getByRole('button', { name: de('housing:print.back') }).click();
  await page.getByRole('button', { name: de('housing:consent.record') }).click();
  await expect(page.getByText(de('housing:consent.textVersion', { version: 1, hash: printedHash }))).toBeVisible();
});
