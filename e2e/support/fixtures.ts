import { test as base, expect } from '@playwright/test';
import { startAppServer, type AppServer } from './app-server';

/** `app`: a fresh browser-mode server with its own data directory for each test. */
export const test = base.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  app: async ({}, use) => {
    const server = await startAppServer();
    await use(server);
    await server.stop();
  },
});

export { expect };
