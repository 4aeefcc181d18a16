import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findOrProvisionBrowser } from './support/find-browser';

// run-all-tests.ts finds (or installs) the browser once and passes it on; a direct
// `npm run test:e2e` finds it here.
const executablePath = process.env.BRUECKE_CHROMIUM || findOrProvisionBrowser();
process.env.BRUECKE_CHROMIUM = executablePath;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results',
  globalSetup: './support/global-setup.ts',
  // Each test starts its own browser-mode server (core + encrypted database) and browser;
  // two at a time is what these two-core machines carry.
  workers: 2,
  fullyParallel: true,
  // A whole workflow (booking to fee statement) takes ~25 s alone and three times that when the
  // shared machine is busy; the limit is there to stop a hang, not to measure speed.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
