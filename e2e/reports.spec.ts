import { readFile } from 'node:fs/promises';
import { DATA, expect, test } from './fixtures.ts';
import { parseCsv } from './support/csv.ts';

// What the page must say for each combination of filters, worked out here from the curated data:
// a claim's report is its speaker's, or else its article's.
const ACTIVITY = ['operates-from', 'hosts-fronts', 'activity-share'];
const reportOf = (claim: (typeof DATA.claims)[number]) =>
  claim.speaker.report ?? claim.speaker.citing ?? DATA.articles.find((a) => a.id === claim.article)?.reportsOn[0];
function standing(speaker: string, report: string | null) {
  const kept = DATA.claims.filter((c) => (speaker === 'all' || c.speaker.type === speaker) && (report === null || reportOf(c) === report));
  const countries = new Set(kept.map((c) => c.country));
  const named = new Set(kept.filter((c) => ACTIVITY.includes(c.kind)).map((c) => c.country));
  const subject = new Set(kept.filter((c) => c.kind === 'subject' && !named.has(c.country)).map((c) => c.country));
  return { named: named.size, context: countries.size - named.size - subject.size, listed: countries.size };
}

test.describe('the two editions of the report', () => {
  test('one report at a time: the July 2017 report leaves Thailand uncoloured, colours India, and counts 8 countries', async ({ atlas, page }) => {
    await atlas.goto('?report=rf-2017-07');
    await expect(atlas.country('THA')).toHaveAttribute('data-legend', 'none');
    await expect(atlas.country('IND')).not.toHaveAttribute('data-legend', 'none');
    await expect(page.locator('.lede')).toContainText('name 8 countries as places of North Korean activity');
    await expect(page.locator('.lede')).toContainText('counting only quotes on the July 2017 report');
    await expect(atlas.filter('Report')).toHaveValue('rf-2017-07');
    // Chosen in the page, the filter goes into the address, and back out.
    await atlas.filter('Report').selectOption({ label: 'April 2018 report' });
    await expect(page).toHaveURL(/\?report=rf-2018-04$/);
    await expect(atlas.country('THA')).not.toHaveAttribute('data-legend', 'none');
    await atlas.filter('Report').selectOption({ label: 'Every report' });
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.lede')).toContainText('name 10 countries');
  });

  test('coloured by which reports name each country, with a legend in words and what changed', async ({ atlas, page }) => {
    await atlas.goto();
    await atlas.filter('Colour by').selectOption({ label: 'Colour: reports' });
    await expect(page).toHaveURL(/\?measure=reports$/);
    const classOf = (iso3: string) => atlas.country(iso3).getAttribute('data-legend');
    await expect(atlas.country('THA')).toHaveAttribute('data-legend', 'edition-1-kept');
    expect(await classOf('BGD')).toBe(await classOf('THA'));
    await expect(atlas.country('IND')).toHaveAttribute('data-legend', 'edition-0-kept');
    expect(await classOf('MYS')).toBe(await classOf('IND'));
    const legend = page.locator('.legend');
    await expect(legend.locator('[data-legend="edition-0-kept"] .legend-label')).toHaveText('Named in both reports (July 2017 and April 2018)');
    await expect(legend.locator('[data-legend="edition-1-kept"] .legend-label')).toHaveText('Only in the April 2018 report: new');
    await expect(page.locator('.legend-changes')).toHaveText('The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand.');
  });

  test('Thailand’s panel says that only the April 2018 report names it; India’s, both', async ({ atlas }) => {
    await atlas.goto('country/thailand/');
    await expect(atlas.panel.locator('.panel-reports')).toHaveText('Named only in the April 2018 report.');
    await atlas.goto('country/india/');
    await expect(atlas.panel.locator('.panel-reports')).toHaveText('Named in both reports (July 2017 and April 2018).');
  });

  test('a country’s quotes are grouped by the report they come from, oldest first, then by article', async ({ atlas }) => {
    await atlas.goto('country/new-zealand/');
    const sections = atlas.panel.locator('section.quote-section');
    await expect(sections.locator('h3')).toHaveText([
      /^The July 2017 report: “North Korea's Ruling Elite Are Not Isolated” \(\d+\)$/,
      /^The April 2018 report: “North Korea's Ruling Elite Adapt Internet Behavior to Foreign Scrutiny” \(\d+\)$/,
      /^Context \(\d+\)$/,
    ]);
    // Each article is named once above its run of quotes in a report's section.
    const first = sections.first();
    const named = await first.locator('h4.quote-article').allTextContents();
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named).size).toBe(named.length);
    await expect(sections.nth(1).locator('h4.quote-article')).toHaveText([/^SecurityBrief New Zealand/]);
  });

  test('every count follows the filters: the lede, the legend and the list agree with the data for each combination', async ({ atlas, page }) => {
    await atlas.goto();
    for (const report of [null, ...DATA.reports]) {
      for (const speaker of ['all', 'report', 'official', 'reporter']) {
        const expected = standing(speaker, report);
        const params = new URLSearchParams({ ...(speaker === 'all' ? {} : { speaker }), ...(report ? { report } : {}) }).toString();
        await atlas.goto(params ? `?${params}` : '');
        const what = `${speaker} / ${report ?? 'every report'}`;
        await expect(page.locator('.lede'), what).toContainText(`name ${expected.named} ${expected.named === 1 ? 'country' : 'countries'} as places`);
        await expect(page.locator('.lede'), what).toContainText(`mention ${expected.context} more as context`);
        await expect(atlas.countryList.getByRole('link'), what).toHaveCount(expected.listed);
        const counts = await page.locator('.legend [data-legend^="articles-"] .legend-count').allTextContents();
        const inLegend = counts.map((t) => Number(/\d+/.exec(t)?.[0] ?? 0)).reduce((a, b) => a + b, 0);
        // Every country named here is one the map draws.
        expect(inLegend, what).toBe(expected.named);
      }
    }
  });

  test('the data downloads hold what the filters keep, with each claim’s report, as CSV and JSON', async ({ atlas, page }) => {
    const kept = (speaker: string, report: string | null) =>
      DATA.claims.filter((c) => (speaker === 'all' || c.speaker.type === speaker) && (report === null || reportOf(c) === report)).map((c) => c.id);
    const download = async (item: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), atlas.chooseFromMenu('Download', item)]);
      return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
    };
    await atlas.goto('?report=rf-2017-07');
    const csv = await download('Download selected data (CSV)');
    expect(csv.name).toBe('report-atlas-claims-rf-2017-07.csv');
    expect(csv.text).toMatch(/\r\n$/);
    const rows = parseCsv(csv.text);
    expect(rows.map((r) => r.id)).toEqual(kept('all', 'rf-2017-07'));
    expect(new Set(rows.map((r) => `${r.report} · ${r.report_title} · ${r.report_published}`))).toEqual(new Set(["rf-2017-07 · North Korea's Ruling Elite Are Not Isolated · 2017-07-25"]));

    await atlas.filter('Who is quoted').selectOption('official');
    const json = await download('Download selected data (JSON)');
    expect(json.name).toBe('report-atlas-claims-rf-2017-07-official.json');
    const claims = (JSON.parse(json.text) as { claims: { id: string; speaker: string }[] }).claims;
    expect(claims.map((c) => c.id)).toEqual(kept('official', 'rf-2017-07'));
    expect(claims.length).toBeGreaterThan(0);

    // With no filter, the downloads are the build's files of every claim.
    await atlas.filter('Report').selectOption({ label: 'Every report' });
    await atlas.filter('Who is quoted').selectOption('all');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Download data (CSV)' })).toHaveAttribute('href', '/data/claims.csv');
  });
});
