import type { Locator, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Runs in the "large" project, against a build of a synthetic corpus (40 articles, 3,000 claims on three reports, so that one report's list is long):
// enough for the first view to rely on the summary alone and for lists to be drawn in part.

interface Ids {
  claims: Record<string, [string, string]>;
}

interface CountryFile {
  claims: { id: string; kind: string; report: string; article: string }[];
  articles: { id: string; published: string | null }[];
}

/**
 * The country with the most quotes, the report it has most quotes from, and the ids of those quotes
 * in the order the panel lists them in that report's section: by article, oldest article first.
 */
async function mostQuoted(page: Page): Promise<{ iso3: string; report: string; ids: string[] }> {
  const ids = (await (await page.request.get('/data/ids.json')).json()) as Ids;
  const counts = new Map<string, number>();
  for (const [country] of Object.values(ids.claims)) counts.set(country, (counts.get(country) ?? 0) + 1);
  const iso3 = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const file = (await (await page.request.get(`/data/countries/${iso3}.json`)).json()) as CountryFile;
  const said = file.claims.filter((c) => c.kind !== 'context');
  const perReport = new Map<string, number>();
  for (const c of said) perReport.set(c.report, (perReport.get(c.report) ?? 0) + 1);
  const report = [...perReport].sort((a, b) => b[1] - a[1])[0]![0];
  const day = new Map(file.articles.map((a) => [a.id, a.published ?? '9999']));
  const own = said.filter((c) => c.report === report);
  const articles = [...new Set(own.map((c) => c.article))].sort((a, b) => (day.get(a) ?? '9999').localeCompare(day.get(b) ?? '9999'));
  return { iso3, report, ids: articles.flatMap((a) => own.filter((c) => c.article === a)).map((c) => c.id) };
}

/** The list of one report's quotes in the open panel. */
const reportList = (atlas: { panel: Locator }, report: string) => atlas.panel.locator(`section.quote-section[data-report="${report}"] ol.quotes`);

const paths = (requests: Request[]) => requests.map((r) => new URL(r.url()).pathname);

test.describe('a large corpus', () => {
  test('the first view loads the summary only: no quotes, no ids, no whole content', async ({ atlas, page }) => {
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await atlas.goto();
    await page.waitForLoadState('networkidle');
    const loaded = paths(requests);
    expect(loaded.filter((p) => p.startsWith('/data/'))).toEqual([]);
    // The chunks themselves (content-<hash>.js), not others whose names begin the same (content-context-<hash>.js).
    expect(loaded.filter((p) => /\/assets\/(content|texts|world-detail|pptxgen(\.es)?)-[\w-]{8}\.js$/.test(p))).toEqual([]);
    await expect(atlas.legendEntries.first()).toBeVisible();
  });

  test('opening a country loads that country’s quotes and no other’s', async ({ atlas, page }) => {
    const { iso3 } = await mostQuoted(page);
    await atlas.goto();
    await page.waitForLoadState('networkidle');
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await atlas.clickCountry(iso3);
    await expect(atlas.quotes.first()).toBeVisible();
    expect(paths(requests).filter((p) => p.startsWith('/data/'))).toEqual([`/data/countries/${iso3}.json`]);
  });

  test('a long list draws only the quotes near the view, and more as it scrolls', async ({ atlas, page }) => {
    const { iso3, report, ids } = await mostQuoted(page);
    expect(ids.length).toBeGreaterThan(100);
    await atlas.goto(`?country=${iso3}`);
    const list = reportList(atlas, report);
    await expect(list).toHaveAttribute('data-total', String(ids.length));
    const drawn = await list.locator(':scope > li').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(40);
    await expect(list.locator(':scope > li').first()).toHaveAttribute('data-key', ids[0]!);
    // Scrolled to the list's end, its last quote is drawn, numbered as it would be in the whole list.
    const toEnd = () => list.evaluate((ol) => ol.parentElement?.scrollIntoView({ block: 'end' }));
    const last = list.locator(`li[data-key="${ids.at(-1)}"]`);
    // Drawn quotes are measured as they come, which moves the end a little: scrolling on reaches it.
    await expect.poll(async () => (await toEnd(), await last.count())).toBe(1);
    await toEnd();
    await expect(last).toBeInViewport();
    // Its number and its place read at one moment, once the list has settled around it.
    const numbered = () => list.evaluate((ol, id) => Number(ol.getAttribute('start')) + [...ol.children].findIndex((li) => li.getAttribute('data-key') === id), ids.at(-1));
    await expect.poll(numbered).toBe(ids.length);
    expect(await list.locator(':scope > li').count()).toBeLessThan(40);
  });

  test('scrolled far down a long list, switching to one kind of speaker starts the shorter list again', async ({ atlas, page }) => {
    const { iso3, report } = await mostQuoted(page);
    await atlas.goto(`?country=${iso3}`);
    const list = reportList(atlas, report);
    await expect(list.locator(':scope > li').first()).toBeAttached();
    await list.evaluate((ol) => ol.parentElement?.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => Number(await list.getAttribute('start'))).toBeGreaterThan(50);
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Who is quoted').selectOption({ label: 'Quoted: report text' });
    await expect(page).toHaveURL(/speaker=report/);
    // Still long enough to be drawn in part, and shorter than where the view was.
    const total = Number(await list.getAttribute('data-total'));
    expect(total).toBeGreaterThan(40);
    await expect(list.locator(':scope > li').first()).toBeAttached();
    expect(Number(await list.getAttribute('start'))).toBeLessThanOrEqual(total);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a link to a quote far down the list shows it, highlighted and in view', async ({ atlas, page }) => {
    const { iso3, ids } = await mostQuoted(page);
    const far = ids[Math.floor(ids.length * 0.8)]!;
    await atlas.goto(`?quote=${far}`);
    // Moved to the country's page, with the quote kept as a parameter.
    await expect(page).toHaveURL(new RegExp(`/country/[a-z0-9-]+/\\?quote=${far}$`));
    await expect(atlas.panel).toHaveAttribute('data-iso3', iso3);
    const current = atlas.panel.locator('figure.is-current');
    await expect(current).toHaveAttribute('data-claim', far);
    await expect(current).toBeInViewport();
  });

  test('printing draws every quote in the list', async ({ atlas, page }) => {
    const { iso3, report, ids } = await mostQuoted(page);
    await atlas.goto(`?country=${iso3}`);
    const list = reportList(atlas, report);
    await expect(list.locator(':scope > li').first()).toBeAttached();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(list.locator(':scope > li')).toHaveCount(ids.length);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => list.locator(':scope > li').count()).toBeLessThan(40);
  });
});
