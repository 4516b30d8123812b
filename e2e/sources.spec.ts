import { DATA, expect, test } from './fixtures.ts';
import { parseCsv } from './support/csv.ts';

test.describe('sources and provenance', () => {
  test('the sources view lists every article and report', async ({ atlas, page }) => {
    await page.goto('/?view=sources');
    await expect(page).toHaveTitle('Sources · Report Atlas');
    const articles = page.getByRole('table').first().getByRole('row');
    await expect(articles).toHaveCount(1 + DATA.articles.length);
    for (const a of DATA.articles) {
      const row = page.locator(`tr[data-article="${a.id}"]`);
      await expect(row).toContainText(a.publisher);
      await expect(row.getByRole('link', { name: /Original/ })).toHaveAttribute('href', a.url);
    }
    await expect(page.locator('tr[data-article="nzherald-2017-07-27"]')).toContainText('27 July 2017 (date inferred)');
    await expect(page.locator('tr[data-article="securitybrief-2018-05-07"]')).toContainText('Thailand');
    await expect(page.locator('tr[data-report]')).toHaveCount(2);
    // Passages, not claims: "These nations include…" names seven countries but is one passage.
    await expect(page.locator('tr[data-article="nzherald-2017-07-27"] td.number')).toHaveText('8');
    await page.locator('tr[data-article="csi-2017-07"]').getByRole('button', { name: 'Kenya' }).click();
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
  });

  test('the panel says that three articles repeating one firm are one primary source', async ({ atlas }) => {
    await atlas.goto('?country=NZL');
    await expect(atlas.panel.locator('.panel-sources')).toHaveText(
      'All 3 articles naming it trace back to one primary source, Recorded Future (2 reports): repeated coverage, not independent corroboration.',
    );
  });

  test('the CSV and JSON downloads open and match the panel’s quotes', async ({ atlas, page }) => {
    await atlas.goto('?country=NZL');
    // Read once the panel shows its quotes, as a person would read them.
    await expect(atlas.quotes).toHaveCount(DATA.claims.filter((c) => c.country === 'NZL').length);
    const shown = (await atlas.panel.locator('blockquote').allTextContents()).toSorted();
    const fetch = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).first().click()]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(path, 'utf8');
    };
    const csv = parseCsv(await fetch('claims.csv'));
    expect(csv.filter((r) => r.country === 'NZL').map((r) => r.quote).toSorted()).toEqual(shown);
    expect(csv).toHaveLength(DATA.claims.length);
    expect(new Set(csv.filter((r) => r.article === 'nzherald-2017-07-27').map((r) => r.published_inferred))).toEqual(new Set(['yes']));
    expect(csv.find((r) => r.id === 'nzh-huawei-aus')?.note).toMatch(/^Australia appears only/);
    const json = JSON.parse(await fetch('claims.json')) as { claims: { country: string; quote: string; start: number; end: number }[] };
    expect(json.claims.filter((r) => r.country === 'NZL').map((r) => r.quote).toSorted()).toEqual(shown);
    for (const row of csv) expect(Number(row.end) - Number(row.start)).toBe(row.quote?.length);
    // The same claims as W3C Web Annotations: each quote selected by its exact words.
    type Annotation = { id: string; target: { selector: { type: string; exact?: string }[] }; body: { source?: string }[] };
    const annotations = JSON.parse(await fetch('annotations')) as { type: string; total: number; first: { items: Annotation[] } };
    expect(annotations).toMatchObject({ type: 'AnnotationCollection', total: DATA.claims.length });
    const nz = annotations.first.items.filter((a) => a.body.some((b) => b.source?.endsWith('/NZL')));
    expect(nz.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact).toSorted()).toEqual(shown);
  });
});
