import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { downloadOf, slideTexts } from './support/files.ts';
import { publishUpdate } from './support/publish-update.ts';

test.use({ serviceWorkers: 'allow' });

async function visitOnceAndGoOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  await page.waitForSelector('svg.world-map path[data-iso3]');
  // The first visit installs the offline cache and takes control of the page.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await context.setOffline(true);
}

test.describe('offline, after one visit', () => {
  test('reloading a deep link shows the country and its quotes', async ({ atlas, page, context }) => {
    await visitOnceAndGoOffline(page, context);
    await page.goto('/?country=NZL');
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(atlas.quotes).toHaveCount(9);
  });

  test('every view works: the reader, the table, the sources, the tour and the slides', async ({ atlas, page, context }) => {
    test.setTimeout(60_000);
    await visitOnceAndGoOffline(page, context);
    await page.goto('/?article=securitybrief-2018-05-07&quote=sb-restaurants-tha');
    await expect(atlas.readerCurrent).toHaveText(/^Thailand and Bangladesh host/);
    await page.goto('/?view=table');
    await expect(page.getByRole('table')).toBeVisible();
    await page.goto('/?view=sources');
    await expect(page.getByRole('heading', { name: 'Whose borders the map draws' })).toBeVisible();
    await page.goto('/?tour=3');
    await expect(page.getByRole('dialog', { name: 'New Zealand' })).toBeVisible();
    await page.goto('/');
    const slides = await slideTexts(await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download slides (.pptx)')));
    expect(slides.join(' ')).toContain('Bangladesh');
  });
});

test('a new version is offered, never forced', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  const update = publishUpdate(process.env.E2E_OUT_DIR ?? 'dist');
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the atlas is ready.' });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    // Nothing changes until the user asks: the old version still runs the page.
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/sw\.js$/);
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Update now' }).click()]);
    await expect(page.locator('svg.world-map')).toBeVisible();
    await expect(banner).toHaveCount(0);
  } finally {
    update.restore();
  }
});
