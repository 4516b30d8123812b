import { expect, test } from './fixtures.ts';

test.describe('deep links', () => {
  test('selecting a country adds a history entry; Back returns to the overview and Forward to the country', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.clickCountry('NZL');
    await expect(page).toHaveURL(/\/country\/new-zealand\/$/);
    await expect(page).toHaveTitle('New Zealand · Report Atlas');
    await page.goBack();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveTitle('Report Atlas');
    await page.goForward();
    await expect(atlas.panelHeading).toHaveText('New Zealand');
  });

  test('moving from one country to another goes back one country at a time', async ({ atlas, page }) => {
    await atlas.goto('?country=KEN');
    await atlas.listButton('Nepal').click();
    await expect(atlas.panelHeading).toHaveText('Nepal');
    await page.goBack();
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
  });

  test('reload restores the view', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.listButton('Malaysia').click();
    await page.reload();
    await expect(atlas.panelHeading).toHaveText('Malaysia');
    await expect(page).toHaveTitle('Malaysia · Report Atlas');
  });

  for (const [given, slug, name] of [
    ['nzl', 'new-zealand', 'New Zealand'],
    ['NZ', 'new-zealand', 'New Zealand'],
    ['new%20zealand', 'new-zealand', 'New Zealand'],
    ['Thailand', 'thailand', 'Thailand'],
    ['dprk', 'north-korea', 'North Korea'],
  ] as const) {
    test(`?country=${given} is moved in place to the country's page, /country/${slug}/`, async ({ atlas, page }) => {
      await atlas.goto(`?country=${given}`);
      await expect(page).toHaveURL(new RegExp(`/country/${slug}/$`));
      await expect(atlas.panelHeading).toHaveText(name);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    });
  }

  test('an unknown country shows the map with a polite notice naming what was not found', async ({ atlas, page }) => {
    await atlas.goto('?country=nowhere');
    await expect(atlas.notice).toHaveText(/No country matches “nowhere”\. Showing the whole map instead\./);
    await expect(atlas.countryShapes.first()).toBeVisible();
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveURL(/:\d+\/$/);
    await atlas.notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(atlas.notice).toHaveCount(0);
  });

  test('a name that fits several countries offers them, and picking one opens it', async ({ atlas, page }) => {
    await atlas.goto('?country=korea');
    const notice = page.getByRole('status').filter({ hasText: 'No country is called “korea” exactly' });
    await expect(notice.getByRole('button')).toHaveText(['North Korea', 'South Korea', 'Dismiss']);
    await notice.getByRole('button', { name: 'North Korea' }).click();
    await expect(atlas.panelHeading).toHaveText('North Korea');
    await expect(page).toHaveURL(/\/country\/north-korea\/$/);
    await expect(notice).toHaveCount(0);
  });

  test('malformed values never break the page', async ({ atlas }) => {
    for (const search of ['?country=%', '?country=%E0%A4%A', '?country=__proto__', `?country=${'x'.repeat(3000)}`, '?country=NZL&country=THA']) {
      await atlas.goto(search);
      await expect(atlas.countryShapes.first()).toBeVisible();
    }
  });

  test('Share, Copy link copies the URL of the current view', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.goto('?country=MOZ');
    await atlas.chooseFromMenu('Share', 'Copy link');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toMatch(/\/country\/mozambique\/$/);
  });

  test('Share, Copy citation cites the view: the country, the articles, its address and the day', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.goto('?country=KEN');
    await atlas.chooseFromMenu('Share', 'Copy citation');
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/^Report Atlas, “Kenya”, from 3 news articles on Recorded Future’s reports\. http:\/\/127\.0\.0\.1:\d+\/country\/kenya\/ \(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
  });

  test('the menus open from the keyboard, move with the arrows and close with Escape', async ({ atlas, page }) => {
    await atlas.goto();
    const download = page.getByRole('button', { name: 'Download', exact: true });
    await download.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Print handout' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Download SVG' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: 'Download data (JSON)' })).toBeFocused();
    await expect(page.getByRole('menuitem', { name: 'Download data (CSV)' })).toHaveAttribute('href', '/data/claims.csv');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(download).toBeFocused();
    await expect(download).toHaveAttribute('aria-expanded', 'false');
  });
});
