import { expect, test } from './fixtures.ts';

test.describe('filters that recolour the map', () => {
  test('the speaker filter changes the colouring, the list and the panel, and survives reload', async ({ atlas, page }) => {
    await atlas.goto('?country=CHN');
    await expect(atlas.country('CHN')).toHaveAttribute('data-legend', 'articles-2');
    await expect(atlas.legendEntries.filter({ hasText: 'Named by 3 articles' })).toContainText('8 countries');
    await expect(atlas.countryList.getByRole('link')).toHaveCount(13);
    await atlas.filter('Who is quoted').selectOption({ label: 'Quoted: officials' });
    // A colour no country has left is left out of the legend.
    await expect(atlas.legendEntries.filter({ hasText: 'Named by 3 articles' })).toHaveCount(0);
    await expect(atlas.countryList.getByRole('link')).toHaveCount(2);
    await expect(page).toHaveURL(/\/country\/china\/\?speaker=official$/);
    await expect(atlas.country('CHN')).toHaveAttribute('data-legend', 'none');
    await expect(atlas.country('NZL')).toHaveAttribute('data-legend', 'context');
    await expect(atlas.panelSummary).toHaveText('No quotes from officials mention China.');
    await page.reload();
    await expect(atlas.filter('Who is quoted')).toHaveValue('official');
    await expect(atlas.country('CHN')).toHaveAttribute('data-legend', 'none');
    await expect(atlas.listButton('North Korea')).toBeVisible();
  });

  test('only the reports’ own words: New Zealand is named by fewer articles', async ({ atlas }) => {
    await atlas.goto('?speaker=report&country=NZL');
    await expect(atlas.country('NZL')).toHaveAttribute('data-legend', 'articles-0');
    await expect(atlas.quotes.locator('.quote-speaker')).toHaveText(Array(3).fill(/^Said by: The report/));
  });

  test('Colouring by claim colours by kind, with its own legend', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.filter('Colour by').selectOption({ label: 'Colour: claim' });
    await expect(page).toHaveURL(/\?measure=kind$/);
    await expect(atlas.country('THA')).toHaveAttribute('data-legend', 'kind-hosts-fronts');
    await expect(atlas.country('THA')).toHaveCSS('fill', 'url("#kind-dots")');
    await expect(atlas.country('KEN')).toHaveAttribute('data-legend', 'kind-operates-from');
    await expect(page.getByRole('heading', { name: /^What the articles claim about each country/ })).toBeVisible();
  });
});
