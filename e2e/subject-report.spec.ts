import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { pdfText } from './support/pdf-text';
import { berlinLocal } from './support/pool-flows';
import { text } from './support/texts';

const SUBJECT = 'QX-47119';
const OTHER = 'BM-20005';

/** The report as printed: the Print button's flag set (the browser's dialog stubbed), then Chromium's PDF read back as text. */
async function printedText(page: Page, file: string): Promise<string> {
  // e2e code has no DOM types: the page's globals are described by hand.
  await page.evaluate(() => {
    (globalThis as unknown as { print: () => void }).print = () => undefined;
  });
  await page.getByRole('button', { name: text('de', 'privacy:subject.print') }).click();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // Arabic may come back in presentation forms; NFKC folds them to the letters typed.
  return pdfText(file).normalize('NFKC');
}

test('the admin prints a subject report in German and Arabic: the subject\'s records and who accessed them, nobody else', async ({ page, app }) => {
  const [carla] = await setUpViaApi(app, { modules: ['pool'], accounts: [{ username: 'carla', displayName: 'Carla Koordination', roles: ['coordinator'] }] });
  await signInScript(app, carla!);
  const req = await callApi<{ id: number }>(app, 'pool.requesterSave', {
    id: null, name: 'Praxis Dr. Beispiel', type: 'practice', trained: true, address: 'Emsstraße 1', phone: '', contacts: [],
  });
  const ids: number[] = [];
  for (const [i, clientReference] of [SUBJECT, OTHER].entries()) {
    const made = await callApi<{ ids: number[] }>(app, 'pool.bookingCreate', {
      requesterId: req.id, contactId: null, start: berlinLocal(24 * 60 + i * 180), durationMinutes: 60, setting: 'onSite', address: 'Emsstraße 1',
      language: 'ar', dialect: '', topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference, weeklyCount: 1,
    });
    ids.push(made.ids[0]!);
  }
  await callApi(app, 'pool.assignmentGet', { id: ids[0] });
  await callApi(app, 'pool.assignmentGet', { id: ids[1] });
  // Restricted (Art. 18): still the subject's, so in the report, marked.
  await callApi(app, 'restriction.set', { recordType: 'poolAssignment', recordId: ids[0], reason: 'Widerspruch der Klientin' });
  await callApi(app, 'session.logout');

  await logInViaUi(page, app, ADMIN_ACCOUNT);
  await page.getByRole('button', { name: text('de', 'common:nav.dataProtection'), exact: true }).click();
  await page.getByLabel(text('de', 'privacy:subject.reference')).fill(SUBJECT);
  await page.getByRole('button', { name: text('de', 'privacy:subject.search') }).click();
  const report = page.getByTestId('subject-report');
  await expect(report).toContainText(text('de', 'forms:subject.title'));
  await expect(report).toContainText('Carla Koordination');
  // Fields read as words, the database column small beside them for the officer.
  await expect(report).toContainText(text('de', 'forms:subject.fields.client_reference'));
  await expect(report).toContainText(text('de', 'forms:subject.fields.start_local'));
  await expect(report.locator('.subject-print-column', { hasText: 'client_reference' })).toHaveCount(1);
  await expect(report.locator('.subject-print-restricted')).toHaveCount(1);
  await expect(report.locator('.subject-print-restricted')).toContainText(text('de', 'forms:subject.restrictedSince').split('{{')[0]!.trim());
  await expectNoAxeViolations(page, 'subject report');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-e2e-subject-'));
  const german = await printedText(page, path.join(dir, 'de.pdf'));
  expect(german).toContain(text('de', 'forms:subject.title'));
  expect(german).toContain(SUBJECT);
  expect(german).toMatch(/Carla Koordination\s+geöffnet/);
  expect(german).toContain(`poolAssignment ${ids[0]}`);
  expect(german).toContain(text('de', 'forms:subject.fields.client_reference'));
  expect(german).toContain('client_reference');
  expect(german).toContain(text('de', 'forms:subject.restrictedSince').split('{{')[0]!.trim());
  expect(german).not.toContain(OTHER);
  expect(german).not.toContain(`poolAssignment ${ids[1]}`);
  // Only the report is on paper, not the page around it.
  expect(german).not.toContain(text('de', 'privacy:subject.exportJson'));

  await page.getByLabel(text('de', 'privacy:subject.printLanguage')).selectOption('ar');
  await expect(report).toHaveAttribute('dir', 'rtl');
  await expect(report).toContainText(text('ar', 'forms:subject.accessTitle'));
  await expect(report).toContainText(text('de', 'forms:subject.accessTitle'));
  await expect(report).toContainText(text('ar', 'forms:subject.fields.client_reference'));
  await expect(report).toContainText(text('ar', 'forms:subject.restrictedSince').split('{{')[0]!.trim());
  const arabic = await printedText(page, path.join(dir, 'ar.pdf'));
  expect(arabic).toContain(SUBJECT);
  expect(arabic).toContain('Carla Koordination');
  expect(arabic).toContain(text('de', 'forms:subject.accessTitle'));
  expect(arabic).toMatch(/[\u0600-\u06FF]{3,}/);
  expect(arabic).not.toContain(OTHER);
  fs.rmSync(dir, { recursive: true, force: true });
});
