import { DATA, expect, test, TOPOLOGY_FEATURES } from './fixtures.ts';

const NAMED = ['IND', 'MYS', 'NZL', 'NPL', 'KEN', 'MOZ', 'IDN', 'CHN', 'THA', 'BGD'];
// The map paints with its stylesheet: the not-named grey (#e4e4e4) as the browser computes it.
const NOT_NAMED_FILL = 'rgb(228, 228, 228)';

test.describe('the overview', () => {
  test.beforeEach(async ({ atlas }) => {
    await atlas.goto();
  });

  test('draws every country of the topology but Antarctica, each with its alpha-3 code', async ({ atlas }) => {
    await expect(atlas.countryShapes).toHaveCount(TOPOLOGY_FEATURES - 1);
    const codes = await atlas.countryShapes.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3') ?? ''));
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('ATA');
  });

  test('fills the countries the articles name, and leaves the others grey', async ({ atlas }) => {
    for (const iso3 of NAMED) await expect(atlas.country(iso3), iso3).not.toHaveCSS('fill', NOT_NAMED_FILL);
    await expect(atlas.country('NZL')).toHaveCSS('fill', await atlas.fillOf('IND'));
    await expect(atlas.country('THA')).not.toHaveCSS('fill', await atlas.fillOf('IND'));
    await expect(atlas.country('PRK')).toHaveAttribute('data-legend', 'subject');
    await expect(atlas.country('AUS')).toHaveCSS('fill', 'url("#context-hatch")');
    await expect(atlas.country('FRA')).toHaveCSS('fill', NOT_NAMED_FILL);
    const claimed = new Set(DATA.claims.map((c) => c.country));
    const unfilled = await atlas.countryShapes.evaluateAll((paths, grey) => paths.filter((p) => getComputedStyle(p).fill === grey).map((p) => p.getAttribute('data-iso3')), NOT_NAMED_FILL);
    expect(unfilled.filter((c) => claimed.has(c ?? ''))).toEqual([]);
  });

  test('has a legend with each class that has countries, and how many fall in it', async ({ atlas }) => {
    // No country is named by exactly 2 articles: that colour is left out.
    await expect(atlas.legendEntries).toHaveText([
      /Named by 1 article\s*· 2 countries/,
      /Named by 3 articles\s*· 8 countries/,
      /North Korea\s*· 1 country/,
      /Context only\s*· 2 countries/,
      /Not named\s*· 164 countries/,
    ]);
    await atlas.listButton('Kenya').click();
    await expect(atlas.legendEntries.last()).toHaveText('Outlined: the selected country');
  });

  test('shows a tooltip with the name and counts of the country under the pointer', async ({ atlas }) => {
    await atlas.hoverCountry('NZL');
    await expect(atlas.tooltip).toHaveText(/New Zealand\s*Named by 3 articles · 4 quotes; 5 more give context/);
    await expect(atlas.map.locator('.hover-outline')).toHaveCount(1);
    await atlas.hoverCountry('FRA');
    await expect(atlas.tooltip).toHaveText(/France\s*Not named/);
    await atlas.page.mouse.move(1, 1);
    await expect(atlas.tooltip).toHaveCount(0);
  });

  test('hovering across the map outlines each country without drawing any country’s shape again', async ({ atlas, page }) => {
    await page.evaluate(() => {
      const w = window as unknown as { shapeChanges: number };
      w.shapeChanges = 0;
      new MutationObserver((records) => (w.shapeChanges += records.length)).observe(document.getElementById('countries')!, { subtree: true, childList: true, attributes: true });
    });
    for (const iso3 of ['NZL', 'AUS', 'FRA', 'CHN', 'MOZ']) {
      await atlas.hoverCountry(iso3);
      await expect(atlas.map.locator('.hover-outline')).toHaveCount(1);
    }
    expect(await page.evaluate(() => (window as unknown as { shapeChanges: number }).shapeChanges)).toBe(0);
  });

  test('lists the named countries beside the map, most-cited first', async ({ atlas }) => {
    const named = atlas.countryList.getByRole('region', { name: 'Named as places of North Korean activity' }).getByRole('link');
    await expect(named).toHaveCount(10);
    await expect(named.last()).toHaveText(/1 article/);
    await expect(named.first()).toHaveText(/3 articles/);
  });
});

test('the map scales to its box when the window is resized, without being drawn again', async ({ atlas, page }) => {
  await atlas.goto();
  const widthOf = () => atlas.map.evaluate((svg) => svg.getBoundingClientRect().width);
  const nzlWidth = async () => (await atlas.country('NZL').boundingBox())?.width ?? 0;
  const before = { width: await widthOf(), nzl: await nzlWidth(), d: await atlas.country('NZL').getAttribute('d') };
  await page.setViewportSize({ width: 800, height: 700 });
  await expect.poll(widthOf).toBeLessThan(before.width - 100);
  const after = { width: await widthOf(), nzl: await nzlWidth() };
  // The shapes shrink with the map, in proportion, from the same projected path.
  expect(Math.abs(after.nzl / before.nzl - after.width / before.width)).toBeLessThan(0.02);
  await expect(atlas.country('NZL')).toHaveAttribute('d', before.d ?? '');
  const box = await atlas.map.boundingBox();
  const nzl = await atlas.country('NZL').boundingBox();
  expect(nzl && box && nzl.x + nzl.width <= box.x + box.width + 1).toBe(true);
});

test('the map is in the page’s HTML, drawn before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('svg.world-map path[data-iso3]')).toHaveCount(await page.locator('#countries path').count());
  expect(await page.locator('svg.world-map path[data-iso3]').count()).toBeGreaterThan(150);
  await expect(page.locator('svg.world-map path[data-iso3="NZL"]')).toHaveAttribute('data-legend', 'articles-2');
  await expect(page.locator('svg.world-map')).toBeVisible();
  await expect(page.getByRole('heading', { name: /How many of the 3 articles/ })).toBeVisible();
  await context.close();
});

test('hovering a country fetches its quotes, so that a click shows them at once', async ({ atlas, page }) => {
  await atlas.goto();
  const fetched = page.waitForRequest((r) => r.url().endsWith('/data/countries/NZL.json'));
  await atlas.hoverCountry('NZL');
  await fetched;
  await atlas.clickCountry('NZL');
  await expect(atlas.quotes.first()).toBeVisible();
});
