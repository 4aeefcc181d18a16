import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAppServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi, signInScript } from './support/flows';
import { berlinLocal } from './support/pool-flows';
import { text } from './support/texts';

// Erased after the backup was taken: the restore must not bring this client back.
const ERASED = 'QX-47118';
const KEPT = 'BM-20004';

test('a damaged database at start-up: the screen lists the backup, the admin restores it with the code, signs in, and the erased client stays erased', async ({ page, app }) => {
  const [carla] = await setUpViaApi(app, { modules: ['pool'], accounts: [{ username: 'carla', displayName: 'Carla Koordination', roles: ['coordinator'] }] });
  await signInScript(app, carla!);
  const req = await callApi<{ id: number }>(app, 'pool.requesterSave', {
    id: null, name: 'Praxis Dr. Beispiel', type: 'practice', trained: true, address: 'Emsstraße 1', phone: '', contacts: [],
  });
  for (const [i, clientReference] of [ERASED, KEPT].entries()) {
    await callApi(app, 'pool.bookingCreate', {
      requesterId: req.id, contactId: null, start: berlinLocal(24 * 60 + i * 180), durationMinutes: 60, setting: 'onSite', address: 'Emsstraße 1',
      language: 'ar', dialect: '', topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference, weeklyCount: 1,
    });
  }
  await signInScript(app, ADMIN_ACCOUNT);
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-e2e-share-')), 'backups');
  await callApi(app, 'backup.configure', { folder, keepDaily: 7, keepWeekly: 4, intervalHours: 0, onClose: false });
  const { backupCode } = await callApi<{ backupCode: string }>(app, 'backup.newCode');
  await callApi(app, 'backup.run');
  await callApi(app, 'privacy.erase', { reference: ERASED, modules: ['pool'], reason: 'request' });
  await app.stop();

  // A flipped byte in the middle of the closed database, as a failing disk would leave it.
  const file = path.join(app.dataDir, 'bruecke.db');
  const bytes = fs.readFileSync(file);
  const offset = 4096 * Math.floor(bytes.length / 4096 / 2) + 1500;
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
  fs.writeFileSync(file, bytes);

  const again = await startAppServer({ dataDir: app.dataDir });
  try {
    await page.goto(again.url);
    await page.getByLabel(text('de', 'auth:login.username')).fill(ADMIN_ACCOUNT.username);
    await page.getByLabel(text('de', 'auth:login.password')).fill(ADMIN_ACCOUNT.password);
    await page.getByRole('button', { name: text('de', 'auth:login.submit') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text('de', 'auth:damaged.title') })).toBeVisible();
    await expect(page.getByTestId('damage-found')).toContainText(text('de', 'errors:damageUntouched'));
    const offered = page.getByRole('group', { name: text('de', 'auth:damaged.choose') });
    await expect(offered.getByRole('radio')).toHaveCount(1);
    await expect(offered.getByRole('radio')).toBeChecked();
    await expect(offered).toContainText(text('de', 'auth:damaged.intact'));
    await expectNoAxeViolations(page, 'damaged database screen');

    await page.getByLabel(text('de', 'auth:damaged.code')).fill('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA');
    await page.getByRole('button', { name: text('de', 'auth:damaged.restore') }).click();
    await expect(page.getByRole('alert')).toContainText(text('de', 'errors:WRONG_BACKUP_CODE'));
    await page.getByLabel(text('de', 'auth:damaged.code')).fill(backupCode);
    await page.getByRole('button', { name: text('de', 'auth:damaged.restore') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text('de', 'auth:damaged.restoredTitle') })).toBeVisible();
    const kept = fs.readdirSync(app.dataDir).filter((n) => n.startsWith('damaged-'));
    expect(kept).toHaveLength(1);
    await expect(page.getByText(kept[0]!)).toBeVisible();
    expect(fs.readFileSync(path.join(app.dataDir, kept[0]!, 'bruecke.db')).equals(bytes), 'the damaged file is kept as it was').toBe(true);

    await page.getByRole('button', { name: text('de', 'auth:damaged.toLogin') }).click();
    await logInViaUi(page, again, ADMIN_ACCOUNT);
    await signInScript(again, ADMIN_ACCOUNT);
    expect((await callApi<{ records: unknown[] }>(again, 'privacy.subjectSearch', { reference: ERASED, modules: ['pool'] })).records).toEqual([]);
    expect((await callApi<{ records: unknown[] }>(again, 'privacy.subjectSearch', { reference: KEPT, modules: ['pool'] })).records).toHaveLength(1);
  } finally {
    await again.stop();
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  }
});
