import { DATA, expect, test } from './fixtures.ts';
import { downloadOf, mediaOf, pdfPages, pdfText, pngSize, slideTexts } from './support/files.ts';

const NAMED = ['India', 'Malaysia', 'New Zealand', 'Nepal', 'Kenya', 'Mozambique', 'Indonesia', 'China', 'Thailand', 'Bangladesh'];
const fold = (s: string) => s.replace(/\s+/g, ' ');
const squeeze = (s: string) => s.replace(/\s+/g, '');

test.describe('printing a handout', () => {
  test('the printed country view has its quotes in full with their URLs, and the date it was made', async ({ atlas, page }) => {
    await atlas.goto('?country=NZL');
    const quotes = DATA.claims.filter((c) => c.country === 'NZL');
    // Printed once the panel shows its quotes, as a person would print it.
    await expect(atlas.quotes).toHaveCount(quotes.length);
    const text = await pdfText(await page.pdf({ format: 'A4' }));
    for (const claim of quotes) expect(fold(text)).toContain(fold(claim.quote));
    for (const a of DATA.articles) expect(squeeze(text)).toContain(squeeze(a.url));
    expect(text).toMatch(/Handout made on \d{1,2} \w+ \d{4}/);
    // The page's address, which a line break on paper may split.
    expect(squeeze(text)).toContain(`withReportAtlas:${new URL('/country/new-zealand/', page.url()).href}`);
    expect(text).not.toContain('Copy link');
    expect(text).not.toContain('Show in article');
  });

  test('the printed overview has the map legend, the named countries with their counts, and the sources', async ({ atlas, page }) => {
    await atlas.goto();
    const text = await pdfText(await page.pdf({ format: 'Letter' }));
    expect(text).toContain('Countries named as places of North Korean activity');
    for (const name of NAMED) expect(text).toContain(name);
    expect(text).toContain('How many of the 3 articles name each country');
    for (const a of DATA.articles) expect(squeeze(text)).toContain(squeeze(a.url));
    for (const date of ['27 July 2017 (date inferred)', 'date not stated', '7 May 2018']) expect(text).toContain(date);
  });

  for (const [view, search] of [
    ['the overview', ''],
    ['a country view', '?country=NZL'],
  ] as const) {
    test(`on paper, ${view} shows no button, field or other control, the zoom buttons included`, async ({ atlas, page }) => {
      await atlas.goto(search);
      if (search) await expect(atlas.quotes).not.toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
      expect(await atlas.visibleControls()).toContain('button "Zoom in"');
      await page.emulateMedia({ media: 'print' });
      expect(await atlas.visibleControls()).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const [view, search] of [
      ['the overview', ''],
      ['a country view', '?country=KEN'],
    ] as const) {
      test(`printed from a ${scheme} screen, ${view} is a light page with dark text and no control`, async ({ atlas, page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await atlas.goto(search);
        if (search) await expect(atlas.quotes).not.toHaveCount(0);
        await page.emulateMedia({ media: 'print', colorScheme: scheme });
        // Relative luminance, 0 for black and 1 for white, of a computed colour; a clear background is the paper's white.
        const luminance = (selector: string, property: 'color' | 'backgroundColor') =>
          page.locator(selector).first().evaluate((el, p) => {
            const [r, g, b, alpha = 1] = (getComputedStyle(el)[p].match(/[\d.]+/g) ?? []).map(Number);
            if (alpha === 0) return 1;
            const [lr, lg, lb] = [r, g, b].map((c) => (c ?? 0) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
            return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
          }, property);
        for (const surface of ['html', 'body', '.app']) expect(await luminance(surface, 'backgroundColor'), surface).toBeGreaterThan(0.9);
        for (const text of ['h1', '.legend-title', search ? '.panel blockquote' : '.country-list a']) expect(await luminance(text, 'color'), text).toBeLessThan(0.2);
        expect(await atlas.visibleControls()).toEqual([]);
      });
    }
  }

  test('a printed country handout has a world locator on its map, and its first page holds the map and the first quote', async ({ atlas, page }) => {
    await atlas.goto('?country=KEN');
    await expect(atlas.quotes).not.toHaveCount(0);
    const inset = page.locator('.print-locator svg.locator-inset[data-iso3="KEN"]');
    await expect(inset).toBeAttached();
    await expect(inset).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(inset).toBeVisible();
    // Inside the printed map, in its bottom-left corner.
    const [box, map] = await Promise.all([inset.boundingBox(), atlas.map.boundingBox()]);
    expect(box && map && box.x >= map.x && box.y + box.height <= map.y + map.height + 1 && box.x + box.width < map.x + map.width / 2).toBe(true);
    const first = fold((await atlas.quotes.first().locator('blockquote').textContent()) ?? '');
    expect(first.length).toBeGreaterThan(40);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await pdfPages(await page.pdf({ format }));
      expect(pages[0], format).toContain('How many of the 3 articles name each country');
      expect(fold(pages[0] ?? ''), format).toContain(first);
    }
  });

  for (const [paper, widthInches] of [
    ['A4', 8.27],
    ['US Letter', 8.5],
  ] as const) {
    test(`nothing is cut off on ${paper}`, async ({ atlas, page }) => {
      const printable = Math.floor((widthInches - (2 * 14) / 25.4) * 96);
      await page.setViewportSize({ width: printable, height: 1000 });
      await atlas.goto('?country=NZL');
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(printable);
      await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
      await expect(page.getByRole('group', { name: 'Filters' })).toBeHidden();
    });
  }
});

test.describe('exports', () => {
  test('Download SVG saves a standalone SVG with the selection, legend and a source line', async ({ atlas, page }) => {
    await atlas.goto('?country=KEN');
    const svg = (await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download SVG'))).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        source: doc.getElementById('source')?.textContent ?? '',
        title: doc.querySelector('title')?.textContent ?? '',
        selected: doc.querySelectorAll('#selection path').length,
        legend: doc.querySelectorAll('#legend .legend-entry').length,
        fonts: doc.documentElement.getAttribute('font-family'),
      };
    }, svg);
    expect(parsed).toMatchObject({ error: null, root: 'svg', selected: 2, legend: 6 });
    expect(parsed.title).toBe('Kenya: as named in reports on North Korean cyber activity');
    expect(parsed.source).toMatch(/^Source: Recorded Future reports, as covered by NZ Herald, Cyber Security Intelligence, SecurityBrief New Zealand\./);
    expect(parsed.fonts).toContain('sans-serif');
    expect(svg).not.toMatch(/(?:href|src)=|url\((?!#)|<image|@import/);
  });

  test('with one report chosen, the SVG says which, and counts only the outlets that covered it', async ({ atlas, page }) => {
    await atlas.goto('?report=rf-2017-07');
    const svg = (await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download SVG'))).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { source: doc.getElementById('source')?.textContent ?? '', subtitle: doc.querySelectorAll('svg > text')[1]?.textContent ?? '' };
    }, svg);
    expect(parsed.source).toMatch(/^Source: Recorded Future’s July 2017 report, as covered by NZ Herald, Cyber Security Intelligence\./);
    expect(parsed.subtitle).toBe('Recorded Future’s July 2017 report, “North Korea\'s Ruling Elite Are Not Isolated”, as covered by 2 news articles.');
  });

  test('Download PNG saves the map at twice its size, for slides', async ({ atlas, page }) => {
    await atlas.goto();
    const png = await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download PNG'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png).width).toBe(2400);
  });

  test('Download slides saves a deck with a map on every slide, every named country and its quotes', async ({ atlas, page }) => {
    test.setTimeout(60_000);
    await atlas.goto();
    const pptx = await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download slides (.pptx)'));
    const slides = await slideTexts(pptx);
    // Every slide between the title and the sources has its map: the overview's, or the country's own.
    const withImage = (await mediaOf(pptx)).map((m) => Number(/^ppt\/media\/image-(\d+)-1\.png$/.exec(m)?.[1]));
    expect(withImage.sort((a, b) => a - b)).toEqual(Array.from({ length: slides.length - 2 }, (_, i) => i + 2));
    expect(slides.length - 2).toBeGreaterThan(NAMED.length);
    expect(slides[0]).toContain('Countries named as likely bases of North Korean cyber activity');
    // What changed comes after the overview's slides, before the countries'.
    const changed = slides.findIndex((s) => s.includes('What changed between the reports'));
    expect(changed).toBe(slides.findLastIndex((s) => s.includes('named as places of North Korean activity')) + 1);
    expect(slides[changed]).toContain('The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand.');
    expect(slides.at(-1)).toContain('Sources');
    // A quote that does not fit its country's slide is in the slide's notes, in full.
    const notes = await slideTexts(pptx, 'notes');
    expect(notes).toHaveLength(slides.length);
    for (const [i, text] of notes.entries()) expect(text.trim().length, `notes of slide ${i + 1}`).toBeGreaterThan(20);
    const deck = [...slides, ...notes].join(' ');
    for (const name of NAMED) expect(slides.some((s) => s.includes(name)), name).toBe(true);
    const iso = new Map([['India', 'IND'], ['Malaysia', 'MYS'], ['New Zealand', 'NZL'], ['Nepal', 'NPL'], ['Kenya', 'KEN'], ['Mozambique', 'MOZ'], ['Indonesia', 'IDN'], ['China', 'CHN'], ['Thailand', 'THA'], ['Bangladesh', 'BGD']]);
    for (const claim of DATA.claims.filter((c) => [...iso.values()].includes(c.country))) expect(deck, claim.id).toContain(fold(claim.quote));
  });

  test('slides downloaded with one report chosen name it, leave out the countries only the other names, and still say what changed', async ({ atlas, page }) => {
    test.setTimeout(60_000);
    await atlas.goto('?report=rf-2017-07');
    const pptx = await downloadOf(page, () => atlas.chooseFromMenu('Download', 'Download slides (.pptx)'));
    const slides = await slideTexts(pptx);
    expect(slides[0]).toContain('Recorded Future’s July 2017 report, “North Korea\'s Ruling Elite Are Not Isolated”, as covered by 2 news articles');
    expect(slides[1]).toContain('8 countries named as places of North Korean activity');
    expect(slides[1]).toContain('Recorded Future’s July 2017 report');
    const changed = slides.findIndex((s) => s.includes('What changed between the reports'));
    expect(changed).toBe(slides.findLastIndex((s) => s.includes('named as places of North Korean activity')) + 1);
    expect(slides[changed]).toContain('did not: Bangladesh and Thailand.');
    const countrySlides = slides.slice(changed + 1, -1);
    for (const name of NAMED.filter((n) => n !== 'Thailand' && n !== 'Bangladesh')) expect(countrySlides.some((s) => s.trim().startsWith(name)), name).toBe(true);
    expect(countrySlides.some((s) => s.trim().startsWith('Thailand') || s.trim().startsWith('Bangladesh'))).toBe(false);
    expect((await slideTexts(pptx, 'notes'))[0]).toContain('July 2017 report');
  });

  test('Copy citation puts the quote, speaker, publisher, headline, date and URL on one line, then the atlas page that shows it', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.goto('?country=THA');
    await atlas.quote('sb-restaurants-tha').getByRole('button', { name: 'Copy citation' }).click();
    await expect(atlas.quote('sb-restaurants-tha').getByRole('status')).toHaveText('Citation copied');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).not.toContain('\n');
    expect(citation).toBe(
      `“${DATA.claims.find((c) => c.id === 'sb-restaurants-tha')?.quote}” — The report: Recorded Future, “North Korea's Ruling Elite Adapt Internet Behavior to Foreign Scrutiny” (25 April 2018). SecurityBrief New Zealand, “North Korea's threat actors operating from other countries”, 7 May 2018. https://securitybrief.co.nz/story/north-koreas-threat-actors-operating-other-countries Via Report Atlas: ${new URL('/country/thailand/?quote=sb-restaurants-tha', page.url()).href}`,
    );
  });
});
