import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { EDITIONS_CORPUS, editionsDataDir } from './support/editions-corpus.ts';

// Runs in the "editions" project, whose synthetic corpus covers many reports over time. What each step
// must show is worked out here from the corpus the build was made from: a claim's report is its
// speaker's, or else its article's.

interface Claim {
  country: string;
  article: string;
  kind: string;
  speaker: { report?: string; citing?: string };
}
const dir = editionsDataDir(process.env.E2E_OUT_DIR ?? 'dist');
const read = <T>(file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const sources = read<{ articles: { id: string; reportsOn: string[] }[]; reports: { id: string; published: string }[] }>('sources.json');
const { claims } = read<{ claims: Claim[] }>('claims.json');

const reports = [...sources.reports].sort((a, b) => a.published.localeCompare(b.published));
const ids = reports.map((r) => r.id);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateOf = (step: number) => {
  const [year, month] = reports[step]!.published.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
};
const reportsOn = new Map(sources.articles.map((a) => [a.id, a.reportsOn[0]]));
/** The edition that first names each country as a place of activity. */
const firstNamed = new Map<string, number>();
for (const c of claims.filter((c) => ['operates-from', 'hosts-fronts', 'activity-share'].includes(c.kind))) {
  const step = ids.indexOf(c.speaker.report ?? c.speaker.citing ?? reportsOn.get(c.article) ?? '');
  firstNamed.set(c.country, Math.min(firstNamed.get(c.country) ?? Infinity, step));
}
const newAt = (step: number) => [...firstNamed].filter(([, first]) => first === step).map(([iso3]) => iso3);
const untilIs = (step: number) => new RegExp(`\\?measure=reports&until=${ids[step]}$`);

test.describe('stepping through the editions of a corpus with many reports', () => {
  test.beforeAll(() => expect(reports).toHaveLength(EDITIONS_CORPUS.reports));

  test('by keyboard: reached by Tab, moved by the arrow keys, the address following; a country is uncoloured before its edition and new at it', async ({ atlas, page }) => {
    await atlas.goto('?measure=reports');
    const last = reports.length - 1;
    await expect(atlas.editionSlider).toHaveAttribute('aria-valuetext', `${dateOf(last)}, edition ${last + 1} of ${reports.length}`);
    // From the filter above the map, Tab reaches the slider.
    await atlas.filter('Colour by').focus();
    for (let i = 0; i < 20 && !(await atlas.editionSlider.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(atlas.editionSlider).toBeFocused();

    await page.keyboard.press('Home');
    await expect(page).toHaveURL(untilIs(0));
    await expect(atlas.legendLabel('step-new')).toHaveText(`New in ${dateOf(0)}`);
    const step = 2;
    const drawn = await atlas.countryShapes.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3')));
    const later = newAt(step).find((iso3) => drawn.includes(iso3));
    expect(later, `a country the map draws, first named in ${dateOf(step)}`).toBeDefined();
    await expect(atlas.country(later!)).toHaveAttribute('data-legend', 'step-later');
    await expect(atlas.country(later!)).toHaveAttribute('data-paint', 'none');

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(untilIs(1));
    await expect(atlas.country(later!)).toHaveAttribute('data-paint', 'none');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(untilIs(step));
    await expect(atlas.editionSlider).toHaveAttribute('aria-valuetext', `${dateOf(step)}, edition ${step + 1} of ${reports.length}`);
    await expect(atlas.country(later!)).toHaveAttribute('data-legend', 'step-new');
    await expect(atlas.legendLabel('step-new')).toHaveText(`New in ${dateOf(step)}`);
    await expect(atlas.changes).toContainText(`The ${dateOf(step)} report names`);
    // Every country the map draws that this edition names first, and no other, is marked new.
    expect(await atlas.countriesIn('step-new')).toEqual(newAt(step).filter((iso3) => drawn.includes(iso3)).sort());

    await page.keyboard.press('End');
    await expect(page).toHaveURL(/\?measure=reports$/);
    await expect(atlas.editionSlider).toBeFocused();
  });

  test('by the buttons, and Back: a country new at a step stays coloured after it, no longer new', async ({ atlas, page }) => {
    const step = 4;
    await atlas.goto(`?measure=reports&until=${ids[step - 1]}`);
    const drawn = await atlas.countryShapes.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-iso3')));
    const country = newAt(step).find((iso3) => drawn.includes(iso3));
    expect(country, `a country the map draws, first named in ${dateOf(step)}`).toBeDefined();
    await expect(atlas.country(country!)).toHaveAttribute('data-paint', 'none');
    await atlas.laterEdition.click();
    await expect(page).toHaveURL(untilIs(step));
    await expect(atlas.country(country!)).toHaveAttribute('data-legend', 'step-new');
    await atlas.laterEdition.click();
    await expect(page).toHaveURL(untilIs(step + 1));
    await expect(atlas.country(country!)).toHaveAttribute('data-legend', /^step-(again|earlier)$/);
    await expect(atlas.country(country!)).not.toHaveAttribute('data-paint', 'none');
    await expect(atlas.legendLabel('step-new')).toHaveText(`New in ${dateOf(step + 1)}`);
    await atlas.earlierEdition.click();
    await expect(page).toHaveURL(untilIs(step));
    await page.goBack();
    await expect(page).toHaveURL(untilIs(step + 1));
    await expect(atlas.editionSlider).toHaveAttribute('aria-valuetext', `${dateOf(step + 1)}, edition ${step + 2} of ${reports.length}`);
  });

  test('a link to an edition the atlas does not have says so, and shows the latest', async ({ atlas, page }) => {
    await atlas.goto('?measure=reports&until=nowhere-1999-01');
    await expect(page.getByRole('status').filter({ hasText: 'No report has the id “nowhere-1999-01”; showing the latest edition.' })).toBeVisible();
    await expect(page).toHaveURL(/\?measure=reports$/);
    await expect(atlas.editionSlider).toHaveAttribute('aria-valuetext', new RegExp(`^${dateOf(reports.length - 1)}, `));
  });
});
