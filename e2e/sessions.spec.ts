import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openAs } from '../src-main/core/testing/test-database';
import { startAppServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { ADMIN_ACCOUNT, callApi, logInViaUi, setUpViaApi } from './support/flows';
import { text } from './support/texts';

const de = (key: string, options?: Record<string, string | number>) => text('de', key, options);

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

const nav = (page: Page) => page.getByRole('navigation', { name: de('common:nav.label') });

test('two people in two browsers: each is recorded as themselves, and one’s lock, typo or deactivation leaves the other working', async ({ browser, app }) => {
  const [hanna, olaf] = await setUpViaApi(app, {
    modules: ['hotline'],
    accounts: [
      { username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] },
      { username: 'olaf.hotline', displayName: 'Olaf Hotline', roles: ['hotline'] },
    ],
  });
  const a = await newPage(browser);
  const b = await newPage(browser);
  await logInViaUi(a, app, hanna!);
  await logInViaUi(b, app, olaf!);

  // Each opens a different list: the audit trail must name the right person for each.
  await nav(a).getByRole('button', { name: de('hotline:nav.employers') }).click();
  await expect(a.getByRole('heading', { level: 1, name: de('hotline:nav.employers') })).toBeVisible();
  await nav(b).getByRole('button', { name: de('hotline:nav.calls') }).click();
  await expect(b.getByRole('heading', { level: 1, name: de('hotline:nav.calls') })).toBeVisible();

  // Hanna locks her screen and mistypes her password; Olaf works on undisturbed.
  await a.getByRole('button', { name: de('common:lock') }).click();
  await a.getByLabel(de('auth:login.password')).fill('ganz-falsches-Passwort');
  await a.getByRole('button', { name: de('auth:locked.unlock') }).click();
  await expect(a.getByRole('alert')).toContainText(de('errors:WRONG_CREDENTIALS'));
  await nav(b).getByRole('button', { name: de('hotline:nav.employers') }).click();
  await expect(b.getByRole('heading', { level: 1, name: de('hotline:nav.employers') })).toBeVisible();
  await a.getByLabel(de('auth:login.password')).fill(hanna!.password);
  await a.getByRole('button', { name: de('auth:locked.unlock') }).click();
  await expect(nav(a)).toBeVisible();

  // The admin deactivates Hanna from a third browser: her session ends at once, Olaf's survives the rekey.
  const admin = await newPage(browser);
  await logInViaUi(admin, app, ADMIN_ACCOUNT);
  await nav(admin).getByRole('button', { name: de('common:nav.users') }).click();
  await admin.getByRole('row', { name: /hanna\.hotline/ }).getByRole('button', { name: de('admin:users.deactivate') }).click();
  await admin.getByRole('dialog').getByRole('button', { name: de('admin:deactivate.submit') }).click();
  await expect(admin.getByTestId('recovery-code')).toBeVisible();

  await nav(a).getByRole('button', { name: de('hotline:nav.calls') }).click();
  await expect(a.getByRole('heading', { level: 1, name: de('auth:locked.title') }).or(a.getByRole('heading', { level: 1, name: de('auth:login.title') }))).toBeVisible();
  await nav(b).getByRole('button', { name: de('hotline:nav.calls') }).click();
  await expect(b.getByRole('heading', { level: 1, name: de('hotline:nav.calls') })).toBeVisible();

  // The audit trail, read from the file as an officer would (server stopped, admin's key).
  await app.stop();
  const db = await openAs(app.dataDir, ADMIN_ACCOUNT.username, ADMIN_ACCOUNT.password);
  try {
    const users = (await db.query(`SELECT id, username FROM user`)) as { id: number; username: string }[];
    const idOf = (name: string) => users.find((u) => u.username === name)!.id;
    const rows = (await db.query(`SELECT user_id, action, entity FROM audit_entry WHERE action = 'list' ORDER BY id`)) as { user_id: number; action: string; entity: string }[];
    const listers = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.user_id))].sort();
    expect(listers('hotlineEmployer')).toEqual([idOf('hanna.hotline'), idOf('olaf.hotline')].sort());
    expect(listers('hotlineCall')).toEqual([idOf('olaf.hotline')]);
    const deactivation = (await db.query(`SELECT user_id, entity_id FROM audit_entry WHERE action = 'deactivate'`)) as { user_id: number; entity_id: string }[];
    expect(deactivation).toEqual([{ user_id: idOf(ADMIN_ACCOUNT.username), entity_id: String(idOf('hanna.hotline')) }]);
  } finally {
    await db.destroy();
  }
});

test('a new tab opened from the launch address starts at the log-in, and no secret reaches any process’s command line', async ({ browser }) => {
  // A stand-in browser that only sits there, so the test can read what browser mode handed it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bruecke-fake-browser-'));
  const fakeBrowser = path.join(dir, 'browser.sh');
  fs.writeFileSync(fakeBrowser, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
  const app = await startAppServer({ extraArgs: ['--open'], env: { BRUECKE_BROWSER: fakeBrowser } });
  try {
    const [account] = await setUpViaApi(app, { modules: ['hotline'], accounts: [{ username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] }] });
    const first = await newPage(browser);
    await logInViaUi(first, app, account!);
    const second = await newPage(browser);
    await second.goto(app.url);
    await expect(second.getByRole('heading', { level: 1, name: de('auth:login.title') })).toBeVisible();
    // A reload keeps the first tab signed in.
    await first.reload();
    await expect(nav(first)).toBeVisible();

    const session = await first.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('bruecke.session'));
    expect(session).toBeTruthy();
    const secrets = [app.token, session!, account!.password];
    const leaks: string[] = [];
    for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      for (const file of ['cmdline', 'environ']) {
        let content = '';
        try {
          content = fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
        } catch {
          continue; // another user's process, or gone
        }
        for (const secret of secrets) if (content.includes(secret)) leaks.push(`${pid}/${file}`);
      }
    }
    expect(leaks).toEqual([]);
    // The stand-in browser was started, with a file address rather than the token.
    const started = fs
      .readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((p) => {
        try {
          return fs.readFileSync(`/proc/${p}/cmdline`, 'utf8');
        } catch {
          return '';
        }
      })
      .filter((c) => c.includes('bruecke-open-'));
    expect(started.length).toBeGreaterThan(0);
  } finally {
    await app.stop();
    spawn('pkill', ['-f', fakeBrowser]).on('error', () => undefined);
  }
});

test('on a sick day a colleague takes over a call-back from the team view, and it shows on their start page', async ({ page, app }) => {
  const [hanna, olaf] = await setUpViaApi(app, {
    modules: ['hotline'],
    accounts: [
      { username: 'hanna.hotline', displayName: 'Hanna Hotline', roles: ['hotline'] },
      { username: 'olaf.hotline', displayName: 'Olaf Hotline', roles: ['hotline'] },
    ],
  });
  // Hanna logged a call yesterday with a call-back that is hers.
  const status = await callApi<{ user: { id: number } }>(app, 'session.login', { username: hanna!.username, password: hanna!.password });
  const employer = await callApi<{ id: number }>(app, 'hotline.employerSave', {
    id: null,
    employer: { name: 'Bäckerei Sonnenschein', sector: 'Handwerk', sizeBand: 'small', street: '', postcode: '48431', city: 'Rheine', notes: '' },
  });
  const taxonomy = await callApi<{ id: number; key: string | null }[]>(app, 'hotline.taxonomy', {});
  const id = (key: string) => taxonomy.find((e) => e.key === key)!.id;
  await callApi(app, 'hotline.callLog', {
    draftId: null,
    call: {
      employerId: employer.id, callerName: 'Frau Sommer', callerRole: 'Inhaberin', employeeRef: 'T. B.', topicId: id('legal'), subtopicId: null,
      question: 'Arbeitserlaubnis für die neue Aushilfe?', answer: '', answeredInCall: false, urgency: 'high', routingId: id('routing.foreignersAuthority'),
      handoverNote: '', heardViaId: null,
    },
    followUp: { kind: 'callBack', dueOn: '2030-01-10', dueTime: null, ownerUserId: status.user.id, note: '' },
  });
  await callApi(app, 'session.logout');

  await logInViaUi(page, app, olaf!);
  await nav(page).getByRole('button', { name: de('common:nav.team') }).click();
  await expect(page.getByRole('heading', { level: 1, name: de('tasks:team.title') })).toBeVisible();
  const people = page.getByRole('table');
  await expect(people.getByRole('row', { name: /Hanna Hotline/ })).toContainText('1');
  await people.getByRole('button', { name: 'Hanna Hotline' }).click();
  const task = page.locator('.task').filter({ hasText: 'Bäckerei Sonnenschein' });
  await expect(task).toContainText(de('hotline:taskKind.callBack'));
  await task.getByLabel(new RegExp(de('tasks:team.handOverTo', { title: 'X' }).split('(')[0]!.trim())).selectOption({ label: 'Olaf Hotline' });
  await task.getByRole('button', { name: new RegExp(`^${de('tasks:team.handOver')}`) }).click();
  await expect(page.getByRole('status')).toContainText('Olaf Hotline');
  await expect(people.getByRole('row', { name: /Olaf Hotline/ })).toContainText('1');

  await nav(page).getByRole('button', { name: de('common:nav.start'), exact: true }).click();
  await expect(page.locator('.task').filter({ hasText: 'Bäckerei Sonnenschein' })).toContainText('Olaf Hotline');
  await expectNoAxeViolations(page, 'start page with a taken-over call-back');
});
