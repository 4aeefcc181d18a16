import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { longAutoLock } from './support/pool-flows';
import { text } from './support/texts';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function exportAs(page: Page, choice: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('group', { name: de('common:export.hint') }).getByRole('button', { name: choice }).click();
  return downloaded;
}

test('a coordinator exports the filtered interpreter list, every page, as CSV German Excel opens and as XLSX', async ({ page, app }) => {
  const [account] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR] });
  await longAutoLock(app, account!);
  await signInScript(app, account!);
  const save = (nameLatin: string, nameNative: string, status: string) =>
    callApi(app, 'pool.interpreterSave', {
      id: null, nameNative, nameLatin, gender: 'female', phone: '', email: '', status, focusPools: ['general', 'health'],
      languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }], qualifications: [], events: [{ kind: 'supervision', on: '2026-11-02' }],
      availability: [], absences: [], conflicts: [], confidentialitySignedOn: '2025-01-15', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '',
    });
  // 105 matching the search (more than the screen's page of 100) and one that does not.
  for (let i = 1; i <= 105; i++) await save(`Dolmetscherin ${String(i).padStart(3, '0')}`, 'مترجمة', i % 2 ? 'active' : 'paused');
  await save('Laila Haddad', 'ليلى حداد', 'active');

  await logInViaUi(page, app, account!);
  await page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('pool:nav.interpreters'), exact: true }).click();
  await page.getByLabel(de('pool:interpreters.search')).fill('Dolmetscherin');
  await expect(page.getByRole('button', { name: 'Laila Haddad' })).toHaveCount(0);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(101);

  // Keyboard: the Export button opens its choices and the first takes focus; Escape closes them again.
  const exportButton = page.getByRole('button', { name: de('common:export.label') });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: de('common:export.xlsx') })).toBeFocused();
  await expectNoAxeViolations(page, 'export menu open');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: de('common:export.hint') })).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  const csvFile = await exportAs(page, de('common:export.csv'));
  expect(csvFile.suggestedFilename()).toMatch(/^sprachmittelnde-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = (await bytesOf(csvFile)).toString('utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  // As German Excel reads it: `;` between columns.
  const rows = Papa.parse<string[]>(csvText.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([
    de('pool:interpreter.nameLatin'),
    de('pool:interpreter.nameNative'),
    de('pool:interpreter.languages'),
    de('pool:interpreter.focusPools'),
    de('pool:interpreter.status'),
    de('pool:interpreters.lastSupervision'),
  ]);
  expect(rows).toHaveLength(106);
  expect(rows.map((r) => r[0])).not.toContain('Laila Haddad');
  expect(rows[1]).toEqual([
    'Dolmetscherin 001',
    'مترجمة',
    'Arabisch (Levantinisch)',
    `${de('pool:focusPool.general')}, ${de('pool:focusPool.health')}`,
    de('pool:interpreterStatus.active'),
    '02.11.2026',
  ]);
  expect(rows[2]![4]).toBe(de('pool:interpreterStatus.paused'));
  await expect(page.getByRole('status').filter({ hasText: de('common:export.done') })).toBeVisible();

  await exportButton.click();
  const xlsxFile = await exportAs(page, de('common:export.xlsx'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytesOf(xlsxFile)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  // Excel refuses `*` in a sheet name (the heading's gender star becomes a space).
  expect(sheet.name).toBe(de('pool:interpreters.title').replace('*', ' '));
  expect(sheet.rowCount).toBe(106);
  expect(sheet.getRow(106).getCell(1).value).toBe('Dolmetscherin 105');
  expect(sheet.getRow(106).getCell(6).value).toEqual(new Date(Date.UTC(2026, 10, 2)));
});
