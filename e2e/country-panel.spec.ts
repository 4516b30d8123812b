import { DATA, expect, test } from './fixtures.ts';

const PUBLISHERS = ['NZ Herald', 'Cyber Security Intelligence', 'SecurityBrief New Zealand'];

test.describe('the country panel', () => {
  test('clicking New Zealand shows its verbatim quotes from all three articles, with their publishers', async ({ atlas }) => {
    await atlas.goto();
    await atlas.clickCountry('NZL');
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(atlas.panelSummary).toHaveText('All 3 articles name New Zealand as a likely base of North Korean activity (4 quotes; 5 more give context). Named in both reports (July 2017 and April 2018).');
    const quotes = DATA.claims.filter((c) => c.country === 'NZL');
    await expect(atlas.quotes).toHaveCount(quotes.length);
    const cited = await atlas.citations();
    for (const publisher of PUBLISHERS) expect(cited.some((c) => c.startsWith(publisher)), publisher).toBe(true);
    const shown = await atlas.panel.locator('blockquote').allTextContents();
    expect(shown.toSorted()).toEqual(quotes.map((c) => c.quote).toSorted());
  });

  test('each quote cites its article, names its speaker and links back to the passage', async ({ atlas }) => {
    await atlas.goto('?country=NZL');
    const urls = new Map(DATA.articles.map((a) => [a.id, a.url]));
    for (const claim of DATA.claims.filter((c) => c.country === 'NZL')) {
      const figure = atlas.panel.locator(`figure[data-claim="${claim.id}"]`);
      await expect(figure.locator('blockquote')).toHaveAttribute('cite', urls.get(claim.article) ?? '');
      const { speaker } = claim;
      const said = speaker.type === 'official' ? `${speaker.name}, ${speaker.role}` : speaker.type === 'report' ? 'The report: Recorded Future' : 'The reporter';
      await expect(figure.locator('.quote-speaker')).toHaveText(new RegExp(`^Said by: ${said}`));
      const link = figure.getByRole('link', { name: /Open the original/ });
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('href', new RegExp(`^${(urls.get(claim.article) ?? '').replace(/[.?]/g, '\\$&')}#:~:text=`));
    }
  });

  test('?country=THA opens Thailand with its quote attributed only to the article that makes it', async ({ atlas }) => {
    await atlas.goto('?country=THA');
    await expect(atlas.panelHeading).toHaveText('Thailand');
    await expect(atlas.quotes).toHaveCount(1);
    await expect(atlas.quotes.locator('cite')).toHaveText(`SecurityBrief New Zealand: “North Korea's threat actors operating from other countries”`);
    await expect(atlas.quotes.locator('blockquote')).toHaveText(DATA.claims.find((c) => c.id === 'sb-restaurants-tha')?.quote ?? '');
    await expect(atlas.panel).not.toContainText('NZ Herald');
    await expect(atlas.panel).not.toContainText('Cyber Security Intelligence');
  });

  test('the close button and Escape both close the panel', async ({ atlas, page }) => {
    await atlas.goto('?country=KEN');
    await atlas.closeButton.click();
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    await atlas.listButton('Kenya').click();
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await page.keyboard.press('Escape');
    await expect(atlas.panel).toHaveCount(0);
  });

  test('the list beside the map selects a country, and marks it as selected', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.listButton('Bangladesh').click();
    await expect(page).toHaveURL(/\/country\/bangladesh\/$/);
    await expect(atlas.panelHeading).toHaveText('Bangladesh');
    await expect(atlas.listButton('Bangladesh')).toHaveAttribute('aria-current', 'page');
    await expect(atlas.map.locator('.selected-outline')).toHaveAttribute('data-selected', 'BGD');
  });

  test('a country the articles do not name says so', async ({ atlas }) => {
    await atlas.goto();
    await atlas.clickCountry('FRA');
    await expect(atlas.panelHeading).toHaveText('France');
    await expect(atlas.panelSummary).toHaveText('Not named in any of the 3 articles.');
    await expect(atlas.quotes).toHaveCount(0);
  });

  test('context-only countries are marked as context, not as named', async ({ atlas }) => {
    await atlas.goto('?country=AUS');
    await expect(atlas.panelSummary).toHaveText(/^Not named as a place of North Korean activity; 1 of the 3 articles mentions it only as context/);
    await expect(atlas.quotes.locator('.quote-kind')).toHaveText(['Context only']);
  });
});

test('closing the panel returns keyboard focus to the control that opened it', async ({ atlas, page }) => {
  await atlas.goto();
  await atlas.listButton('Indonesia').focus();
  await page.keyboard.press('Enter');
  await expect(atlas.panelHeading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(atlas.listButton('Indonesia')).toBeFocused();
});

test('a quote with a curator’s note shows it under the quote', async ({ atlas }) => {
  await atlas.goto('?country=AUS');
  await expect(atlas.quotes.locator('.quote-note')).toHaveText(/^Curator’s note: Australia appears only as a government with concerns about Huawei/);
});

test('a highlight that goes never shortens the list, not even for a frame', async ({ atlas, page }) => {
  const all = DATA.claims.filter((c) => c.country === 'NZL').length;
  await atlas.goto('?country=NZL&quote=sb-countered-nzl');
  await expect(atlas.panel.locator('figure.is-current')).toHaveAttribute('data-claim', 'sb-countered-nzl');
  await expect(atlas.quotes).toHaveCount(all);
  // The fewest cards the panel ever holds from here on, whatever frame it is in.
  await page.evaluate(() => {
    const w = window as unknown as { fewestCards: number };
    const panel = document.querySelector('aside.panel:not(.panel-ahead)') as Element;
    const count = () => panel.querySelectorAll('figure').length;
    w.fewestCards = count();
    new MutationObserver(() => (w.fewestCards = Math.min(w.fewestCards, count()))).observe(panel, { subtree: true, childList: true });
  });
  await atlas.listButton('New Zealand').click();
  await expect(page).toHaveURL(/\/country\/new-zealand\/$/);
  await expect(atlas.panel.locator('figure.is-current')).toHaveCount(0);
  await expect(atlas.quotes).toHaveCount(all);
  expect(await page.evaluate(() => (window as unknown as { fewestCards: number }).fewestCards)).toBe(all);
});
