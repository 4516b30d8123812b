import { expect, test, DATA } from './fixtures.ts';
import { decodedImage, quotedWords, unfurl } from './support/link-preview.ts';

test.describe('link previews', () => {
  test('every country page previews with its title, a verbatim quote and a 1200×630 image', async ({ atlas, page, request }) => {
    await atlas.goto();
    const links = await atlas.countryList.getByRole('link').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', iso3: a.getAttribute('data-iso3') ?? '', name: a.querySelector('.country-name')?.textContent ?? '' })));
    expect(links.length).toBe(new Set(DATA.claims.map((c) => c.country)).size);
    for (const { href, iso3, name } of links) {
      const preview = await unfurl(await (await request.get(href)).text());
      expect(preview.title, href).toMatch(new RegExp(`^${name}: (named by|the subject of|mentioned only as context in) \\d+ of 3 articles$`));
      expect(preview.url, href).toBe(href);
      expect(preview.twitterCard, href).toBe('summary_large_image');
      expect(preview.description?.length ?? 0, href).toBeLessThanOrEqual(200);
      // The quoted words are the start of one of the country's quotes, word for word.
      const words = quotedWords(preview.description ?? '');
      expect(words, href).not.toBeNull();
      expect(DATA.claims.some((c) => c.country === iso3 && c.quote.startsWith(words ?? '\u0000')), `${href}: “${words}”`).toBe(true);
      expect(preview.imageAlt, href).toContain(name);
      expect(await decodedImage(request, preview.image ?? ''), href).toEqual({ width: 1200, height: 630, type: 'image/png' });
    }
    await expect(page).toHaveTitle('Report Atlas');
  });

  test('the overview previews with the world map', async ({ request }) => {
    const preview = await unfurl(await (await request.get('/')).text());
    expect(preview.title).toMatch(/^Report Atlas/);
    expect(preview.description).toMatch(/\d+ countries/);
    expect(preview.url).toBe('/');
    expect(await decodedImage(request, preview.image ?? '')).toEqual({ width: 1200, height: 630, type: 'image/png' });
  });

  test('the tab’s title is the one the app gives the view, before and after it takes the page over', async ({ page }) => {
    const html = await (await page.request.get('/country/new-zealand/')).text();
    expect(html).toContain('<title>New Zealand · Report Atlas</title>');
    await page.goto('/country/new-zealand/');
    await expect(page).toHaveTitle('New Zealand · Report Atlas');
  });
});
