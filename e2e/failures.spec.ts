import { expect, test } from './fixtures.ts';

test.describe('when one part fails', () => {
  test.use({ expectedConsole: /injected|could not show|is not a function|The above error occurred|Failed to fetch dynamically imported module|ERR_FAILED/i });

  test('a failing panel shows a way back, and the map, list and URL keep working', async ({ atlas, page }) => {
    // Injected failure: focusing the panel's heading throws.
    await page.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (this: HTMLElement, ...args: Parameters<typeof focus>) {
        if (this.id.startsWith('panel-title')) throw new Error('injected panel failure');
        return focus.apply(this, args);
      };
    });
    await atlas.goto('?country=KEN');
    const fallback = page.getByRole('alert').filter({ hasText: 'Sorry, the country panel could not be shown.' });
    await expect(fallback).toBeVisible();
    await expect(atlas.countryShapes.first()).toBeVisible();
    await atlas.listButton('Nepal').click();
    await expect(page).toHaveURL(/\/country\/nepal\/$/);
    await expect(atlas.map.locator('.selected-outline')).toHaveAttribute('data-selected', 'NPL');
    await page.getByRole('button', { name: 'Close the panel' }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(fallback).toHaveCount(0);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 }).first()).toBeVisible();
  });

  test.describe('with a country file whose quotes cannot be drawn', () => {
    test.use({ expectedConsole: /could not show|Cannot read properties of null|The above error occurred/i });

    test('a panel drawn ahead that fails stays out of sight; opening the country tries again and shows the way back', async ({ atlas, page }) => {
      // Injected failure: every New Zealand quote names no speaker, so drawing a card throws.
      await page.route('**/data/countries/NZL.json', async (route) => {
        const response = await route.fetch();
        const quotes = (await response.json()) as { claims: { speaker: unknown }[] };
        for (const claim of quotes.claims) claim.speaker = null;
        await route.fulfill({ response, json: quotes });
      });
      await atlas.goto();
      const drawn = page.waitForEvent('console', (m) => /could not show the country panel/.test(m.text()));
      await atlas.listButton('New Zealand').hover();
      await drawn;
      const fallback = page.getByRole('alert').filter({ hasText: 'Sorry, the country panel could not be shown.' });
      await expect(fallback).toHaveCount(0);
      await expect(page.getByText('Sorry, the country panel could not be shown.')).toHaveCount(0);
      await atlas.listButton('New Zealand').click();
      await expect(fallback).toBeVisible();
      await fallback.getByRole('button', { name: 'Close the panel' }).click();
      await expect(fallback).toHaveCount(0);
      await expect(page).toHaveURL(/:\d+\/$/);
    });
  });

  test('a failing reader shows a way back, and the panel keeps working', async ({ atlas, page }) => {
    // Injected failure: reading any article text throws while the reader renders.
    await page.route('**/assets/texts-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "export default new Proxy({}, { get(_, key) { if (key === 'then') return undefined; throw new Error('injected reader failure'); } });",
      }),
    );
    await atlas.goto('?country=THA');
    await atlas.quote('sb-restaurants-tha').getByRole('button', { name: 'Show in article' }).click();
    const fallback = page.getByRole('alert').filter({ hasText: 'Sorry, the article could not be shown.' });
    await expect(fallback).toBeVisible();
    await fallback.getByRole('button', { name: 'Close the article' }).click();
    await expect(fallback).toHaveCount(0);
    await expect(atlas.panelHeading).toHaveText('Thailand');
    await atlas.listButton('Kenya').click();
    await expect(atlas.panelHeading).toHaveText('Kenya');
  });

  test('an article that cannot be loaded says so, and can be closed', async ({ atlas, page }) => {
    await page.route('**/assets/texts-*.js', (route) => route.abort());
    await atlas.goto('?country=THA');
    await atlas.quote('sb-restaurants-tha').getByRole('button', { name: 'Show in article' }).click();
    await expect(atlas.reader.getByRole('alert')).toHaveText('The article could not be loaded; check the connection and open it again.');
    await atlas.reader.getByRole('button', { name: 'Close the article' }).click();
    await expect(atlas.reader).toBeHidden();
  });
});
