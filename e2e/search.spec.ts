import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { optionName, SearchBox } from './pages/search-box.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe('finding a country by typing', () => {
  let search: SearchBox;

  test.beforeEach(async ({ atlas, page }) => {
    search = new SearchBox(page);
    await atlas.goto();
  });

  test('typing "kenya" and pressing Enter opens Kenya and puts it in the link', async ({ atlas, page }) => {
    await search.type('kenya');
    await expect(search.options.first()).toHaveAccessibleName(optionName('Kenya', 'named by 3 articles'));
    await search.input.press('Enter');
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await expect(search.input).toHaveValue('');
    await expect(search.input).toHaveAttribute('aria-expanded', 'false');
    await expect(search.listbox).toBeHidden();
  });

  test('the alpha-2 code "nz" offers New Zealand, with how many articles name it', async () => {
    await search.type('nz');
    await expect(search.input).toHaveAttribute('aria-expanded', 'true');
    await expect(search.options.first()).toHaveAccessibleName(optionName('New Zealand', 'named by 3 articles'));
  });

  test('the subject comes before countries the articles do not name', async () => {
    await search.type('korea');
    await expect(search.options).toHaveCount(2);
    await expect(search.options.nth(0)).toHaveAccessibleName(optionName('North Korea', 'the subject'));
    await expect(search.options.nth(1)).toHaveAccessibleName(optionName('South Korea', 'not named'));
  });

  test('arrow keys move the highlight, wrapping at the ends, and Enter picks the highlighted option', async ({ atlas }) => {
    await search.type('in');
    const count = await search.options.count();
    expect(count).toBeGreaterThan(2);
    const expectHighlighted = async (index: number) => {
      await expect(search.highlighted()).toHaveCount(1);
      const id = await search.options.nth(index).getAttribute('id');
      await expect(search.options.nth(index)).toHaveAttribute('aria-selected', 'true');
      await expect(search.input).toHaveAttribute('aria-activedescendant', id ?? '');
    };
    await expectHighlighted(0);
    await search.input.press('ArrowDown');
    await expectHighlighted(1);
    await search.input.press('ArrowUp');
    await search.input.press('ArrowUp');
    await expectHighlighted(count - 1);
    await search.input.press('ArrowDown');
    await search.input.press('ArrowDown');
    await expectHighlighted(1);
    const name = await search.options.nth(1).locator('.country-search-name').innerText();
    await search.input.press('Enter');
    await expect(atlas.panelHeading).toHaveText(name);
  });

  test('Escape closes the list, a second Escape clears the box, and neither closes the panel', async ({ atlas }) => {
    await atlas.listButton('Kenya').click();
    await search.type('new');
    await expect(search.listbox).toBeVisible();
    await search.input.press('Escape');
    await expect(search.listbox).toBeHidden();
    await expect(search.input).toHaveAttribute('aria-expanded', 'false');
    await expect(search.input).toHaveValue('new');
    await search.input.press('Escape');
    await expect(search.input).toHaveValue('');
    await expect(atlas.panelHeading).toHaveText('Kenya');
  });

  test('"zzzz" says that no country matches, and Enter then does nothing', async ({ atlas, page }) => {
    await search.type('zzzz');
    await expect(search.noMatch).toHaveText('No country matches “zzzz”.');
    await expect(search.listbox).toBeHidden();
    await expect(search.input).toHaveAttribute('aria-expanded', 'false');
    await search.input.press('Enter');
    await expect(atlas.panel).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('clicking an option selects it', async ({ atlas, page }) => {
    await search.type('zeal');
    await search.option('New Zealand').click();
    await expect(page).toHaveURL(/\/country\/new-zealand\/$/);
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(search.input).toHaveValue('');
  });

  test('from the sources view, choosing a country returns to the map with it open', async ({ atlas, page }) => {
    await atlas.viewTab('Sources').click();
    await search.type('kenya');
    await search.input.press('Enter');
    await expect(page).toHaveURL(/\/country\/kenya\/$/);
    await expect(atlas.panelHeading).toHaveText('Kenya');
  });

  test('passes axe WCAG 2.2 AA with the list open, and shows a visible focus ring', async ({ page }) => {
    await search.type('in');
    await expect(search.listbox).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.country-search').withTags(WCAG_22_AA).analyze();
    expect(results.violations).toEqual([]);
    const outline = await search.input.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toBe('solid 3px');
  });

  test('fits a 390 px wide screen, with the list inside it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await search.type('new');
    await expect(search.listbox).toBeVisible();
    for (const box of [await search.input.boundingBox(), await search.listbox.boundingBox()]) {
      expect(box).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    }
    const results = await new AxeBuilder({ page }).include('.country-search').withTags(WCAG_22_AA).analyze();
    expect(results.violations).toEqual([]);
  });
});
