import { expect, test, DATA } from './fixtures.ts';
import { AtlasPage } from './pages/atlas-page.ts';

const quotesOf = (iso3: string) => DATA.claims.filter((c) => c.country === iso3);

test.describe('a page per country', () => {
  test('with JavaScript off, a country page shows the country’s quotes, and the map’s shapes link to their pages', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    const atlas = new AtlasPage(page);
    await page.goto('/country/new-zealand/');
    await expect(page).toHaveTitle('New Zealand · Report Atlas');
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    const quotes = quotesOf('NZL');
    await expect(atlas.quotes).toHaveCount(quotes.length);
    for (const claim of quotes) await expect(atlas.quote(claim.id).locator('blockquote')).toHaveText(claim.quote);
    // The map is drawn zoomed to the country, as the app would zoom it.
    await expect(page.locator('.zoom-layer')).toHaveAttribute('transform', /scale\((?!1\))/);
    await expect(atlas.countryLink('KEN')).toHaveAttribute('href', '/country/kenya/');
    await expect(atlas.countryLink('FRA')).toHaveCount(0);
    // Following links works without the app: from the list, and from the map.
    await atlas.listButton('Nepal').click();
    await expect(page).toHaveURL(/\/country\/nepal\/$/);
    await expect(atlas.panelHeading).toHaveText('Nepal');
    await page.goto('/');
    await atlas.country('KEN').click();
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await context.close();
  });

  test('the links on the map are no tab stops: the map stays one, with the arrow keys inside it', async ({ atlas, page }) => {
    await atlas.goto();
    expect(await atlas.map.locator('a').count()).toBeGreaterThan(5);
    await expect(atlas.map.locator('a:not([tabindex="-1"])')).toHaveCount(0);
    await atlas.mapCanvas.focus();
    await page.keyboard.press('Tab');
    await expect(atlas.map.locator('a:focus')).toHaveCount(0);
  });

  test('the app takes a country page over as it was served: no shape drawn again, no layout shift, no warning', async ({ atlas, page, problems }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; shapesRemoved: number };
      w.shift = 0;
      w.shapesRemoved = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shift += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Any country shape taken out of the page once it was parsed is a second render of the map.
      new MutationObserver((records) => {
        for (const r of records) for (const node of r.removedNodes) if (node instanceof Element && (node.matches('path[data-iso3]') || node.querySelector('path[data-iso3]'))) w.shapesRemoved++;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto('/country/new-zealand/');
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(atlas.quotes).toHaveCount(quotesOf('NZL').length);
    // Two frames and a moment more, for anything the app would still move.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500)))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { shapesRemoved: number }).shapesRemoved)).toBe(0);
    expect(problems).toEqual([]);
  });

  test('a country page needs no fetch before it answers', async ({ atlas, page }) => {
    const data: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/data/')) data.push(r.url());
    });
    await page.goto('/country/kenya/');
    await expect(atlas.quotes).toHaveCount(quotesOf('KEN').length);
    expect(data).toEqual([]);
  });

  test('a click before the app has started still opens the country', async ({ atlas, page }) => {
    // The app's script is held back, as on a slow connection.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The frame's own navigation: the page fixture's would wait for the app.
    await page.mainFrame().goto('/', { waitUntil: 'commit' });
    await expect(atlas.country('KEN')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.atlas ?? null)).toBeNull();
    const { x, y } = await atlas.pointOn('KEN');
    await page.mouse.click(x, y);
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.atlas === 'ready');
    await expect(atlas.quotes).toHaveCount(quotesOf('KEN').length);
  });

  test('Back and Forward move between two country pages', async ({ atlas, page }) => {
    await page.goto('/country/kenya/');
    await atlas.listButton('Nepal').click();
    await expect(page).toHaveURL(/\/country\/nepal\/$/);
    await expect(page).toHaveTitle('Nepal · Report Atlas');
    await page.goBack();
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(page).toHaveTitle('Kenya · Report Atlas');
    await page.goForward();
    await expect(atlas.panelHeading).toHaveText('Nepal');
    await page.goBack();
    await page.goBack().catch(() => undefined);
    expect(new URL(page.url()).pathname).not.toBe('/country/nepal/');
  });

  test('an old ?country= link still works, and moves to the country’s page', async ({ atlas, page }) => {
    await atlas.goto('?country=THA');
    await expect(page).toHaveURL(/\/country\/thailand\/$/);
    await expect(atlas.panelHeading).toHaveText('Thailand');
    await page.reload();
    await expect(atlas.panelHeading).toHaveText('Thailand');
  });

  test('a page address that names no country shows the map with a notice', async ({ page }) => {
    await page.goto('/country/atlantis/');
    await expect(page.getByRole('status').filter({ hasText: 'No country has a page called “atlantis”' })).toBeVisible();
    await expect(page).toHaveURL(/:\d+\/$/);
  });
});
