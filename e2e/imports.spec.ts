import Papa from 'papaparse';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi } from './support/flows';
import { text } from './support/texts';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

test('a coordinator moves an 80-row interpreter list in from German Excel, with a report of rejected rows', async ({ page, app }) => {
  const [coordinator] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  // The list as German Excel saves it: `;`, UTF-8 with BOM; three rows are wrong.
  const rows = Array.from({ length: 80 }, (_, i) => [`Dolmetscherin ${i + 1}`, i % 2 ? 'w' : 'm', i % 3 ? 'Arabisch (Levantinisch)' : 'Farsi; Dari', `05971 ${2000 + i}`]);
  rows[4]![2] = '';
  rows[29]![1] = 'unbekannt';
  rows[59]![0] = '';
  const csv = '\uFEFF' + Papa.unparse([['Name', 'Geschlecht', 'Sprachen', 'Telefon'], ...rows], { delimiter: ';', newline: '\r\n' });
  const file = { name: 'Dolmetscherliste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

  await logInViaUi(page, app, coordinator!);
  await page.getByRole('button', { name: de('common:nav.imports') }).click();
  await page.getByLabel(de('imports:file')).setInputFiles(file);
  await expect(page.getByText(de('imports:fileRead', { rows: 80, format: 'CSV, utf-8, „;“' }))).toBeVisible();
  // "Geschlecht" and "Telefon" are mapped by their names; the others by hand.
  await expect(page.getByLabel(`${de('imports:field.gender')} *`)).toHaveValue('1');
  await page.getByLabel(`${de('imports:field.nameLatin')} *`).selectOption({ label: 'Name' });
  await page.getByLabel(`${de('imports:field.languages')} *`).selectOption({ label: 'Sprachen' });

  await page.getByRole('button', { name: de('imports:check') }).click();
  await expect(page.getByText(de('imports:summary', { rows: 80, accepted: 77, duplicates: 0, rejected: 3 }))).toBeVisible();
  const rejected = page.getByRole('table', { name: de('imports:rejectedHeading') });
  await expect(rejected.getByRole('row')).toHaveCount(4);
  await expect(rejected.getByRole('row', { name: /^6 / })).toContainText(de('imports:field.languages'));
  await expect(rejected.getByRole('row', { name: /^31 / })).toContainText(`${de('imports:field.gender')}: ${de('imports:invalidValue')}`);
  await expectNoAxeViolations(page, 'import check');
  // The check wrote nothing.
  await callApi(app, 'session.login', { username: coordinator!.username, password: coordinator!.password });
  expect((await callApi<{ rows: unknown[] }>(app, 'pool.interpretersList', { search: '', status: null })).rows).toHaveLength(0);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: de('imports:downloadRejected') }).click();
  const report = await downloadPromise;
  const reportText = Buffer.concat(await (async () => { const chunks: Buffer[] = []; for await (const c of (await report.createReadStream())) chunks.push(c as Buffer); return chunks; })()).toString('utf8');
  const parsed = Papa.parse<string[]>(reportText.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  expect(parsed.map((r) => r[0])).toEqual([de('imports:line'), '6', '31', '61']);

  await page.getByRole('button', { name: de('imports:commit', { count: 77 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: de('imports:imported', { count: 77 }) })).toBeVisible();
  expect((await callApi<{ total: number }>(app, 'pool.interpretersList', { search: '', status: null })).total).toBe(77);

  // The same file again adds nothing.
  await page.getByLabel(de('imports:file')).setInputFiles(file);
  await page.getByLabel(`${de('imports:field.nameLatin')} *`).selectOption({ label: 'Name' });
  await page.getByLabel(`${de('imports:field.languages')} *`).selectOption({ label: 'Sprachen' });
  await page.getByRole('button', { name: de('imports:check') }).click();
  await expect(page.getByText(de('imports:summary', { rows: 80, accepted: 0, duplicates: 77, rejected: 3 }))).toBeVisible();
  await expect(page.getByRole('button', { name: de('imports:commit', { count: 0 }) })).toBeDisabled();
});
