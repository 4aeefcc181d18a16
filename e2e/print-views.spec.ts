import { expect, test } from '@playwright/test';
import { logInAnyLanguage, openRoute, startDemoServer } from './support/a11y';
import { callApi, switchLanguage } from './support/flows';
import { expectPrintsFullWidth } from './support/print';

/*
 * Every print view on paper, in German and Arabic, with the demo data: the housing checklist,
 * the fee statement, the hotline's hand-over sheet and the pool's feedback form. Each as a PDF
 * read back as an image and as text (support/print.ts, support/pdf-image.ts): the content spans
 * the page, every column header and the last column's text are inside it, all fonts embedded.
 */

test.describe.configure({ timeout: 600_000 });

test('print views print whole, German and Arabic', async ({ page }) => {
  const demo = await startDemoServer();
  try {
    await callApi(demo, 'session.login', { username: demo.username, password: demo.password });
    const cases = await callApi<{ rows: { id: number }[] }>(demo, 'housing.casesList', { sort: 'daysInStage', direction: 'desc', limit: 50 });
    const calls = await callApi<{ items: { id: number; routingId: number | null }[] }>(demo, 'hotline.callsList', {});
    const assignments = await callApi<{ rows: { id: number }[] }>(demo, 'pool.assignmentsList', { status: null, from: '', to: '', interpreterId: null });
    const routed = calls.items.find((c) => c.routingId !== null);
    expect(routed, 'the demo has a routed call').toBeDefined();

    await logInAnyLanguage(page, demo, demo);
    for (const lng of ['de', 'ar']) {
      if (lng === 'ar') await switchLanguage(page, 'de', 'ar');

      await openRoute(page, demo, 'housing.print', { id: cases.rows[0]!.id });
      const checklist = page.locator('article.housing-print');
      await expectPrintsFullWidth(page, checklist, checklist.locator('thead th').last());

      await openRoute(page, demo, 'hotline.handoverSheet', { id: routed!.id });
      await expectPrintsFullWidth(page, page.getByTestId('hotline-handover-sheet'));

      await openRoute(page, demo, 'pool.feedbackForm', { id: assignments.rows[0]!.id });
      await page.locator('body').evaluate((body) => body.setAttribute('data-pool-print', 'feedbackForm'));
      await expectPrintsFullWidth(page, page.getByTestId('pool-feedback-paper'));
      await page.locator('body').evaluate((body) => body.removeAttribute('data-pool-print'));

      // The fee statement of the first interpreter with a statement this month or last.
      await openRoute(page, demo, 'pool.fees');
      const total = page.getByTestId('pool-fee-total');
      await expect(total).toBeVisible();
      await page.locator('body').evaluate((body) => body.setAttribute('data-pool-print', 'fees'));
      await expectPrintsFullWidth(page, page.locator('[data-print-section="fees"]'), total);
      await page.locator('body').evaluate((body) => body.removeAttribute('data-pool-print'));
    }
  } finally {
    await demo.stop();
  }
});
