import { expect, test, DATA } from './fixtures.ts';
import { SearchBox } from './pages/search-box.ts';
import { appStarted, markDocument, openBeforeTheApp, sameDocument } from './support/held-app.ts';

const quotesOf = (iso3: string) => DATA.claims.filter((c) => c.country === iso3);

test.describe('clicks before the app has started', () => {
  test('a country clicked on the map opens its page in place, and the app then takes that page over', async ({ atlas, page }) => {
    const release = await openBeforeTheApp(page, '/country/new-zealand/');
    await expect(atlas.country('AUS')).toBeVisible();
    await markDocument(page);
    await atlas.clickCountry('AUS');
    await expect(page).toHaveURL(/\/country\/australia\/$/);
    await expect(atlas.panelHeading).toHaveText('Australia');
    await expect(atlas.quotes).toHaveCount(quotesOf('AUS').length);
    await expect(page).toHaveTitle('Australia · Report Atlas');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/country\/australia\/$/);
    expect(await sameDocument(page), 'the page was opened in place, not loaded again').toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.atlas ?? null)).toBeNull();

    release();
    await appStarted(page);
    // The app took over Australia's page as it was on screen (a mismatch would be a console error,
    // which fails the test), and answers the next click itself.
    await expect(atlas.panelHeading).toHaveText('Australia');
    await atlas.listButton('Kenya').click();
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.quotes).toHaveCount(quotesOf('KEN').length);
    await page.goBack();
    await expect(atlas.panelHeading).toHaveText('Australia');
    expect(await sameDocument(page)).toBe(true);
  });

  test('Back and Forward move between the pages opened before the app has started', async ({ atlas, page }) => {
    const release = await openBeforeTheApp(page, '/');
    await expect(atlas.country('KEN')).toBeVisible();
    await markDocument(page);
    await atlas.clickCountry('KEN');
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await atlas.listButton('Nepal').click();
    await expect(page).toHaveURL(/\/country\/nepal\/$/);
    await expect(atlas.panelHeading).toHaveText('Nepal');
    await page.goBack();
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(atlas.panel).toHaveCount(0);
    await page.goForward();
    await expect(atlas.panelHeading).toHaveText('Kenya');
    expect(await sameDocument(page)).toBe(true);
    release();
    await appStarted(page);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(atlas.quotes).toHaveCount(quotesOf('KEN').length);
  });

  test('a control pressed before the app has started is answered once it has', async ({ atlas, page }) => {
    const release = await openBeforeTheApp(page, '/country/kenya/');
    await expect(atlas.closeButton).toBeVisible();
    await atlas.closeButton.click();
    // Nothing can close the panel yet; the click is kept for the app.
    await expect(atlas.panel).toHaveCount(1);
    release();
    await appStarted(page);
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('with nothing pressed, the app starts on its own soon after the page has loaded', async ({ page }) => {
    await page.mainFrame().goto('/country/kenya/');
    const loadedAt = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await appStarted(page);
    const startedAt = await page.evaluate(() => performance.now());
    expect(startedAt - loadedAt).toBeLessThan(10_000);
  });

  test('a country opened before the app has started keeps the filters of the address', async ({ atlas, page }) => {
    const release = await openBeforeTheApp(page, '/?report=rf-2017-07');
    await expect(atlas.country('KEN')).toBeVisible();
    await atlas.clickCountry('KEN');
    await expect(page).toHaveURL(/\/country\/kenya\/\?report=rf-2017-07$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    release();
    await appStarted(page);
    await expect(atlas.filter('Report')).toHaveValue('rf-2017-07');
    await expect(atlas.country('THA')).toHaveAttribute('data-legend', 'none');
    await expect(page).toHaveURL(/\/country\/kenya\/\?report=rf-2017-07$/);
  });

  test('taking the page over leaves the focus where the reader has put it', async ({ page }) => {
    const search = new SearchBox(page);
    const release = await openBeforeTheApp(page, '/country/new-zealand/');
    await search.input.click();
    await page.keyboard.type('Ken');
    release();
    await appStarted(page);
    await expect(search.input).toBeFocused();
    await expect(search.input).toHaveValue('Ken');
    // The app hears the field from the next key on.
    await page.keyboard.type('y');
    await expect(search.options.first()).toHaveText(/Kenya/);
  });
});

