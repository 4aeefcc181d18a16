import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { localClient } from '../src-main/core/client';
import { connectTeamServer, type TeamConnection } from '../src-main/web/team-client';
import { ADMIN_ACCOUNT } from './support/flows';
import { text } from './support/texts';

const ROOT = path.resolve(import.meta.dirname, '..');
const de = (key: string, options?: Record<string, string | number>) => text('de', key, options);

interface Served {
  child: ChildProcess;
  address: string;
  fingerprint: string;
  dataDir: string;
}

/** `npm run serve` as an admin would start it, on a fresh data directory and a free port. */
async function serve(): Promise<Served> {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-team-')), 'data');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src-main/cli/serve.ts'), '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--allow-host', '127.0.0.1', '--no-build'],
    { cwd: ROOT, env: { ...process.env, BRUECKE_LOG: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Workstations connect to/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return {
    child,
    address: /Workstations connect to (https:\/\/\S+)/.exec(output)![1]!,
    fingerprint: /fingerprint \(SHA-256\): (\S+)/.exec(output)![1]!,
    dataDir,
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A workstation's browser that accepted the team server's certificate after comparing its fingerprint. */
async function workstation(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

async function logIn(page: Page, address: string, username: string, password: string): Promise<void> {
  await page.goto(address);
  await page.getByLabel(de('auth:login.username')).fill(username);
  await page.getByLabel(de('auth:login.password')).fill(password);
  await page.getByRole('button', { name: de('auth:login.submit') }).click();
  await expect(page.getByRole('navigation', { name: de('common:nav.label') })).toBeVisible();
}

test('a team server over HTTPS: two coordinators on two workstations race to confirm the same interpreter, exactly one succeeds', async ({ browser }) => {
  const served = await serve();
  let connection: TeamConnection | undefined;
  try {
    // Plain HTTP gets no answer at all.
    await expect(fetch(served.address.replace('https:', 'http:') + 'csrf')).rejects.toThrow();

    // The admin sets up through the desktop app's transport, pinned to the printed fingerprint.
    connection = connectTeamServer(served.address, served.fingerprint);
    const admin = localClient(connection);
    await admin.must('session.setup', {
      organisationName: 'Caritas Rheine (Test)',
      modules: ['pool'],
      admin: { username: ADMIN_ACCOUNT.username, displayName: ADMIN_ACCOUNT.displayName, password: ADMIN_ACCOUNT.password },
      uiLanguage: 'de',
    });
    await admin.must('session.login', { username: ADMIN_ACCOUNT.username, password: ADMIN_ACCOUNT.password });
    const people = [
      { username: 'carla', displayName: 'Carla Koordination', password: 'Koordination-Ems-11' },
      { username: 'deniz', displayName: 'Deniz Vertretung', password: 'Vertretung-Ems-22' },
    ];
    for (const person of people) {
      const { oneTimePassword } = await admin.must('users.create', { username: person.username, displayName: person.displayName, roles: ['coordinator'] });
      const first = localClient(connection);
      await first.must('session.login', { username: person.username, password: oneTimePassword });
      await first.must('session.changePassword', { currentPassword: oneTimePassword, newPassword: person.password });
    }
    const carlaApi = localClient(connection);
    await carlaApi.must('session.login', { username: 'carla', password: people[0]!.password });
    const laila = await carlaApi.must('pool.interpreterSave', {
      id: null, nameNative: 'ليلى حداد', nameLatin: 'Laila Haddad', gender: 'female', phone: '', email: '', status: 'active',
      focusPools: ['general', 'health'], languages: [{ language: 'ar', dialect: '', level: 'native' }], qualifications: [],
      events: [], availability: [], absences: [], conflicts: [], confidentialitySignedOn: '2025-01-15',
      firstHourCents: null, furtherHalfHourCents: null, kmCents: null, travelFlatCents: null, notes: '',
    });
    const requester = await carlaApi.must('pool.requesterSave', { id: null, name: 'Hausarztpraxis Emsaue', type: 'practice', trained: true, address: 'Emsstraße 2', phone: '', contacts: [] });
    const book = (start: string) =>
      carlaApi.must('pool.bookingCreate', {
        requesterId: requester.id, contactId: null, start, durationMinutes: 60, setting: 'onSite', address: 'Emsstraße 2', language: 'ar', dialect: '',
        topic: 'health', sensitivity: 'normal', genderPreference: 'none', clientReference: 'A.B.', weeklyCount: 1,
      });
    const day = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString().slice(0, 10);
    const [first] = (await book(`${day}T10:00`)).ids;
    const [second] = (await book(`${day}T10:30`)).ids;
    await carlaApi.must('pool.assignmentPropose', { id: first!, interpreterId: laila.id });
    await carlaApi.must('pool.assignmentPropose', { id: second!, interpreterId: laila.id });

    // Two workstations, two people, each on one of the two overlapping requests.
    const carla = await workstation(browser);
    const deniz = await workstation(browser);
    await logIn(carla, served.address, 'carla', people[0]!.password);
    await logIn(deniz, served.address, 'deniz', people[1]!.password);
    for (const [page, time] of [
      [carla, '10:00'],
      [deniz, '10:30'],
    ] as const) {
      await page.getByRole('navigation', { name: de('common:nav.label') }).getByRole('button', { name: de('pool:nav.assignments') }).click();
      await page.getByRole('row').filter({ hasText: time }).getByRole('button').first().click();
      await expect(page.getByTestId('pool-assignment-status')).toHaveText(de('pool:status.proposed'));
    }
    await Promise.all([carla, deniz].map((page) => page.getByRole('button', { name: de('pool:actions.confirm') }).click()));

    const outcomes = await Promise.all(
      [carla, deniz].map(async (page) => {
        const status = page.getByTestId('pool-assignment-status');
        const refused = page.getByRole('alert').filter({ hasText: de('errors:DOUBLE_BOOKING') });
        await expect(status.filter({ hasText: de('pool:status.confirmed') }).or(refused)).toBeVisible();
        return (await refused.count()) > 0 ? 'refused' : 'confirmed';
      }),
    );
    expect(outcomes.sort()).toEqual(['confirmed', 'refused']);
  } finally {
    connection?.close();
    await stop(served.child);
  }
});
