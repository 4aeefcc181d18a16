import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { callApi, logInViaUi, setUpViaApi, switchLanguage } from './support/flows';
import { pdfText } from './support/pdf-text';
import { text } from './support/texts';

const COORDINATOR = { username: 'carla.koord', displayName: 'Carla Koordination', roles: ['coordinator' as const] };
const REPORTER = { username: 'rita.rat', displayName: 'Rita Steuerungsgruppe', roles: ['reporting' as const] };
const de = (key: string, vars: Record<string, string | number> = {}) => text('de', key, vars);
const DAY = 24 * 60 * 60_000;

/** Tomorrow + `days` at `hour`:00, Berlin wall clock. */
function slot(days: number, hour: number): string {
  const d = new Date(Date.now() + (1 + days) * DAY);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return `${date}T${String(hour).padStart(2, '0')}:00`;
}

test('the reporting role opens the quarter, sees charts and tables with small counts suppressed, exports XLSX and PDF', async ({ page, app }) => {
  const [coordinator, reporter] = await setUpViaApi(app, { modules: ['pool'], accounts: [COORDINATOR, REPORTER] });

  // Fifteen sessions held (Arabic 8, Farsi 6, Tigrinya 1), through the contract as the coordinator.
  await callApi(app, 'session.login', { username: coordinator!.username, password: coordinator!.password });
  await callApi(app, 'settings.updateMine', { autoLockMinutes: 120 });
  const base = { id: null, gender: 'female', phone: '', email: '', status: 'active', focusPools: ['general', 'health'], qualifications: [], events: [], availability: [], absences: [], conflicts: [], confidentialitySignedOn: '', firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '' };
  const interpreter = async (nameLatin: string, language: string) =>
    (await callApi<{ id: number }>(app, 'pool.interpreterSave', { ...base, nameLatin, nameNative: nameLatin, languages: [{ language, dialect: '', level: 'native' }] })).id;
  const ids = { ar: await interpreter('Laila Haddad', 'ar'), fa: await interpreter('Sara Rahimi', 'fa'), ti: await interpreter('Selam Tesfay', 'ti') };
  const requesterId = (await callApi<{ id: number }>(app, 'pool.requesterSave', { id: null, name: 'Praxis am Markt', type: 'practice', trained: true, address: '', phone: '', contacts: [] })).id;
  const plan = [...Array<string>(8).fill('ar'), ...Array<string>(6).fill('fa'), 'ti'] as (keyof typeof ids)[];
  const sessions: number[] = [];
  for (const [i, language] of plan.entries()) {
    const start = slot(Math.floor(i / 2), i % 2 === 0 ? 9 : 14);
    const [id] = (
      await callApi<{ ids: number[] }>(app, 'pool.bookingCreate', {
        requesterId, contactId: null, start, durationMinutes: 60, setting: 'phone', address: '', language, dialect: '', topic: 'health',
        sensitivity: 'normal', genderPreference: 'none', clientReference: 'A.B.', weeklyCount: 1,
      })
    ).ids;
    await callApi(app, 'pool.assignmentPropose', { id, interpreterId: ids[language] });
    await callApi(app, 'pool.assignmentConfirm', { id });
    sessions.push(id!);
  }
  const firstDay = slot(0, 9).slice(0, 10);
  await app.shiftClock(10 * DAY);
  await callApi(app, 'session.login', { username: coordinator!.username, password: coordinator!.password });
  for (const id of sessions) await callApi(app, 'pool.assignmentComplete', { id, actualMinutes: null, travelKm: null });
  await callApi(app, 'session.logout');

  // The steering group signs in: the start page leads to the reports, not to "no modules yet".
  await logInViaUi(page, app, reporter!);
  await expect(page.getByText(de('start:noModules'))).toHaveCount(0);
  await page.getByRole('button', { name: de('start:openReports') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('reports:heading'));
  await page.getByLabel(de('reports:periodKind'), { exact: true }).selectOption('quarter');
  await page.getByLabel(de('reports:dayInPeriod'), { exact: true }).fill(firstDay);

  const byLanguage = page.getByRole('region', { name: de('reports:table.byLanguage'), exact: true });
  const row = (name: RegExp | string) => byLanguage.getByRole('row', { name });
  const current = (name: RegExp | string) => row(name).locator('[data-cell="current"]');
  await expect(current(/^Arabisch/)).toHaveText('8');
  await expect(current(/^Persisch/)).toHaveText(de('reports:mark.hidden'));
  await expect(current(/^Tigrinya/)).toHaveText(de('reports:mark.small', { threshold: 5 }));
  await expect(byLanguage.locator('tfoot [data-cell="current"]')).toHaveText('15');
  // The chart beside the table, described for screen readers; its bars are SVG.
  const chart = byLanguage.getByRole('figure');
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  await expectNoAxeViolations(page, 'reports');

  // XLSX: the numbers on screen, suppression applied.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: de('reports:exportXlsx') }).click();
  const download = await downloadPromise;
  const xlsxPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-report-')), download.suggestedFilename());
  await download.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const sheet = workbook.getWorksheet(de('reports:table.byLanguage').slice(0, 31))!;
  const values = new Map<string, unknown>();
  sheet.eachRow((r) => values.set(String(r.getCell(1).value), r.getCell(2).value));
  expect(values.get('Arabisch')).toBe(8);
  expect(values.get('Persisch')).toBe('x');
  expect(values.get('Tigrinya')).toBe('< 5');
  expect(values.get(de('reports:total'))).toBe(15);

  // PDF: the print view through Chromium, read back as text.
  await page.emulateMedia({ media: 'print' });
  const pdfPath = xlsxPath.replace(/\.xlsx$/, '.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const pdf = pdfText(pdfPath);
  expect(pdf).toContain(de('reports:title', { module: de('common:module.pool') }));
  expect(pdf).toContain(de('reports:table.byLanguage'));
  expect(pdf).toMatch(/Arabisch\s+8\s/);
  expect(pdf).toMatch(/Tigrinya\s+<\s?5\s/);
  expect(pdf).toMatch(new RegExp(`${de('reports:total')}\\s+15\\s`));
  expect(pdf).not.toContain(de('reports:exportXlsx'));

  // In Arabic the page runs right to left and the chart's axes are mirrored (categories on the right).
  await page.emulateMedia({ media: 'screen' });
  await switchLanguage(page, 'de', 'ar');
  await page.getByRole('button', { name: text('ar', 'common:nav.reports') }).click();
  await page.getByLabel(text('ar', 'reports:dayInPeriod'), { exact: true }).fill(firstDay);
  const arabic = page.getByRole('region', { name: text('ar', 'reports:table.byLanguage'), exact: true });
  await expect(arabic.locator('tfoot [data-cell="current"]')).toHaveText(new Intl.NumberFormat('ar').format(15));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const axis = arabic.locator('.recharts-yAxis');
  const chartBox = (await arabic.getByRole('figure').boundingBox())!;
  const axisBox = (await axis.boundingBox())!;
  expect(axisBox.x + axisBox.width / 2).toBeGreaterThan(chartBox.x + chartBox.width / 2);
  await expectNoAxeViolations(page, 'reports ar');
});
