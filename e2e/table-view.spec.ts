import AxeBuilder from '@axe-core/playwright';
import { DATA, expect, test } from './fixtures.ts';
import { TablePage } from './pages/table-page.ts';

const REPORTS = DATA.reports.length;

const quotesBy = (keep: (c: (typeof DATA.claims)[number]) => boolean = () => true) => {
  const counts = new Map<string, number>();
  for (const c of DATA.claims.filter(keep)) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  return counts;
};

test.describe('the table view', () => {
  test('shows a row per mentioned country, with New Zealand’s counts matching the data', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    await expect(page).toHaveTitle('Table · Report Atlas');
    await expect(table.rows).toHaveCount(quotesBy().size);
    await expect(table.rows).toHaveCount(13);
    await expect(table.subHeaders()).toHaveCount(REPORTS + DATA.articles.length);
    for (const [i, a] of DATA.articles.entries()) await expect(table.subHeaders().nth(REPORTS + i)).toHaveAccessibleName(a.publisher);

    const cells = table.cells('New Zealand');
    await expect(cells).toHaveCount(3 + REPORTS + DATA.articles.length);
    await expect(cells.nth(0)).toHaveText('Named as a place of activity');
    await expect(cells.nth(1)).toHaveText('3');
    await expect(cells.nth(2)).toHaveText('9');
    for (const [i, a] of DATA.articles.entries()) {
      const n = DATA.claims.filter((c) => c.country === 'NZL' && c.article === a.id).length;
      await expect(cells.nth(3 + REPORTS + i)).toHaveAccessibleName(n === 0 ? 'none' : String(n));
    }
  });

  test('has a column per report, by its edition, saying whether that report names the country, and sorts by it', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    expect(REPORTS).toBe(2);
    await expect(table.groupHeader('Named in each report')).toHaveAttribute('colspan', String(REPORTS));
    await expect(table.subHeaders().nth(0)).toHaveAccessibleName('July 2017');
    await expect(table.subHeaders().nth(1)).toHaveAccessibleName('April 2018');
    const named = (name: string) => table.cells(name).filter({ hasText: /^(Named|–not named)$/ });
    await expect(named('India')).toHaveText(['Named', 'Named']);
    await expect(named('Thailand')).toHaveText(['–not named', 'Named']);
    await expect(named('Bangladesh').first()).toHaveAccessibleName('not named');
    await expect(named('Australia')).toHaveText(['–not named', '–not named']);

    // Sorted by the July 2017 report, the countries it leaves out come last, named ones first.
    await table.sortButton('July 2017').click();
    await expect(table.columnHeader('July 2017')).toHaveAttribute('aria-sort', 'descending');
    const order = await table.countryOrder();
    expect(order.indexOf('Thailand')).toBeGreaterThan(order.indexOf('New Zealand'));
    expect(order.indexOf('Bangladesh')).toBeGreaterThan(order.indexOf('India'));
  });

  test('follows the report filter: only the July 2017 report’s quotes count', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto('?view=table&report=rf-2017-07');
    await expect(table.table).toHaveAccessibleName(/Counting only quotes on the July 2017 report/);
    await expect(table.row('Thailand')).toHaveCount(0);
    await expect(table.cells('India').filter({ hasText: /^(Named|–not named)$/ })).toHaveText(['Named', '–not named']);
  });

  test('marks zero as none, not as an empty cell, for a country only one article quotes', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    const perArticle = DATA.articles.map((a) => DATA.claims.filter((c) => c.country === 'AUS' && c.article === a.id).length);
    expect(perArticle).toContain(0);
    const cells = table.cells('Australia');
    await expect(cells.nth(0)).toHaveText('Context only');
    await expect(cells.nth(1)).toHaveAccessibleName('none');
    for (const [i, n] of perArticle.entries()) {
      await expect(cells.nth(3 + REPORTS + i)).toHaveAccessibleName(n === 0 ? 'none' : String(n));
      if (n === 0) await expect(cells.nth(3 + REPORTS + i)).toHaveText(/^–/);
    }
  });

  test('starts sorted by articles naming each country, most first, then by name', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    await expect(table.columnHeader('Articles naming it (of 3)')).toHaveAttribute('aria-sort', 'descending');
    await expect(table.columnHeader('Quotes')).toHaveAttribute('aria-sort', 'none');
    const shown = await Promise.all(
      (await table.rows.all()).map(async (row) => ({
        name: (await row.getByRole('rowheader').textContent()) ?? '',
        naming: Number((await row.getByRole('cell').nth(1).textContent())?.replace(/\D/g, '') || 0),
      })),
    );
    expect(shown).toEqual(shown.toSorted((a, b) => b.naming - a.naming || a.name.localeCompare(b.name, 'en')));
    expect(shown.slice(0, 2).map((r) => r.name)).toEqual(['China', 'India']);
  });

  test('clicking a column header sorts by it and clicking again reverses the order', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    const byName = (await table.countryOrder()).toSorted((a, b) => a.localeCompare(b, 'en'));

    await table.sortButton('Country').click();
    await expect(table.columnHeader('Country')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.columnHeader('Articles naming it (of 3)')).toHaveAttribute('aria-sort', 'none');
    await expect(table.rowHeaders).toHaveText(byName);

    await table.sortButton('Country').click();
    await expect(table.columnHeader('Country')).toHaveAttribute('aria-sort', 'descending');
    await expect(table.rowHeaders).toHaveText(byName.toReversed());

    await table.sortButton('Quotes').click();
    await expect(table.columnHeader('Quotes')).toHaveAttribute('aria-sort', 'descending');
    await expect(table.columnHeader('Country')).toHaveAttribute('aria-sort', 'none');
    const quoteCounts = (await Promise.all((await table.rows.all()).map((row) => row.getByRole('cell').nth(2).textContent()))).map(Number);
    expect(quoteCounts).toEqual(quoteCounts.toSorted((a, b) => b - a));
    expect(quoteCounts.toSorted((a, b) => b - a)).toEqual([...quotesBy().values()].toSorted((a, b) => b - a));

    await table.sortButton('Quotes').click();
    await expect(table.columnHeader('Quotes')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.rowHeaders.last()).toHaveText('New Zealand');

    const [first] = DATA.articles;
    if (!first) throw new Error('no articles in the data');
    await table.sortButton(first.publisher).click();
    await expect(table.columnHeader(first.publisher)).toHaveAttribute('aria-sort', 'descending');
    await expect(table.rowHeaders.first()).toHaveText('New Zealand');
  });

  test('clicking a country opens its panel and puts it in the URL, keeping the table', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    await table.countryButton('New Zealand').click();
    await expect(table.panelHeading).toHaveText('New Zealand');
    await expect(page).toHaveURL(/\/country\/new-zealand\/\?view=table$/);
    await expect(table.countryButton('New Zealand')).toHaveAttribute('aria-pressed', 'true');
    await expect(table.countryButton('Kenya')).toHaveAttribute('aria-pressed', 'false');
    await expect(table.row('New Zealand')).toHaveClass(/is-selected/);

    await table.countryButton('Kenya').click();
    await expect(table.panelHeading).toHaveText('Kenya');
    await expect(page).toHaveURL(/\/country\/kenya\/\?view=table$/);
    await expect(table.countryButton('New Zealand')).toHaveAttribute('aria-pressed', 'false');
  });

  test('the Table tab leads from the map to the table', async ({ page }) => {
    const table = new TablePage(page);
    await page.goto('/');
    await table.viewTab('Table').click();
    await expect(page).toHaveURL(/\?view=table$/);
    await expect(table.viewTab('Table')).toHaveAttribute('aria-current', 'page');
    await expect(table.rows).toHaveCount(13);
  });

  test('follows the speaker filter: only officials’ quotes count', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto('?view=table&speaker=official');
    const officials = quotesBy((c) => c.speaker.type === 'official');
    await expect(table.rows).toHaveCount(officials.size);
    await expect(table.table).toHaveAccessibleName(/Counting only quotes from officials/);
  });

  test('passes axe’s WCAG 2.2 AA checks, with a country selected and a column sorted', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto('?view=table&country=NZL');
    await table.sortButton('Quotes').click();
    await table.sortButton('Quotes').focus();
    const results = await new AxeBuilder({ page })
      .include('.table-area')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('shows keyboard focus on a sort button with a solid outline', async ({ page }) => {
    const table = new TablePage(page);
    await table.goto();
    await table.sortButton('Country').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(table.sortButton('Country')).toBeFocused();
    await expect(table.sortButton('Country')).toHaveCSS('outline-style', 'solid');
    await expect(table.sortButton('Country')).toHaveCSS('outline-width', '3px');
  });
});
