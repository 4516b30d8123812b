import { DATA, expect, test } from './fixtures.ts';

const claim = (id: string) => {
  const found = DATA.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

test.describe('the article reader', () => {
  test('“Show in article” opens the article with exactly that quote highlighted', async ({ atlas, page }) => {
    const thai = claim('sb-restaurants-tha');
    await atlas.goto('?country=THA');
    await atlas.quote(thai.id).getByRole('button', { name: 'Show in article' }).click();
    await expect(atlas.reader).toBeVisible();
    await expect(atlas.reader.getByRole('heading', { level: 2 })).toHaveText(/^SecurityBrief New Zealand/);
    await expect(atlas.readerCurrent).toHaveCount(1);
    await expect(atlas.readerCurrent).toHaveText(thai.quote);
    await expect(atlas.readerCurrent).toHaveAttribute('data-start', String(thai.start));
    await expect(atlas.readerCurrent).toHaveAttribute('data-end', String(thai.start + thai.quote.length));
    await expect(atlas.readerCurrent).toBeInViewport();
    await expect(atlas.reader.getByRole('button', { name: 'Close the article' })).toBeFocused();
    await expect(atlas.reader.getByRole('heading', { level: 2 })).toBeInViewport();
    await expect(page).toHaveURL(/\/country\/thailand\/\?article=securitybrief-2018-05-07&quote=sb-restaurants-tha$/);
  });

  test('other quotes of the article are marked faintly, and page furniture is greyed and labelled', async ({ atlas }) => {
    await atlas.goto('?article=securitybrief-2018-05-07');
    await expect(atlas.readerFurniture).toHaveCount(2);
    await expect(atlas.readerCurrent).toHaveCount(0);
    expect(await atlas.readerQuoted.count()).toBeGreaterThan(3);
    await expect(atlas.readerFurniture.first()).toContainText('Page furniture: not part of the article');
    await expect(atlas.readerFurniture.first()).toContainText('Story image');
    await expect(atlas.readerFurniture.last()).toContainText('Hillstone CTO');
    await expect(atlas.readerQuoted.filter({ hasText: 'Hillstone' })).toHaveCount(0);
  });

  test('Escape closes the reader and returns to the country with the quote still highlighted', async ({ atlas, page }) => {
    await atlas.goto('?country=NZL&article=nzherald-2017-07-27&quote=nzh-gcsb-look-nzl');
    await expect(atlas.readerCurrent).toHaveText('GCSB are having a look at it.');
    await page.keyboard.press('Escape');
    await expect(atlas.reader).toBeHidden();
    await expect(atlas.panelHeading).toHaveText('New Zealand');
    await expect(page).toHaveURL(/\/country\/new-zealand\/\?quote=nzh-gcsb-look-nzl$/);
    await expect(atlas.quote('nzh-gcsb-look-nzl')).toHaveAttribute('aria-current', 'true');
  });

  test('?country=MYS&quote=… opens Malaysia with that quote highlighted in the panel', async ({ atlas }) => {
    await atlas.goto('?country=MYS&quote=sb-malaysia-email-mys');
    await expect(atlas.panelHeading).toHaveText('Malaysia');
    await expect(atlas.panel.locator('figure[aria-current="true"]')).toHaveCount(1);
    await expect(atlas.quote('sb-malaysia-email-mys')).toHaveAttribute('aria-current', 'true');
    await expect(atlas.quote('sb-malaysia-email-mys')).toBeInViewport();
  });

  test('a quote from another article is reported inside the reader, where it can be seen', async ({ atlas }) => {
    await atlas.goto('?article=csi-2017-07&quote=nzh-nations-nzl');
    await expect(atlas.reader.getByRole('status')).toHaveText('That quote is not from this article, so nothing is highlighted.');
  });

  test('unknown article and quote ids get the same polite notice as unknown countries', async ({ atlas, page }) => {
    await atlas.goto('?article=guardian-2017');
    await expect(page.getByRole('status').filter({ hasText: 'No article has the id “guardian-2017”.' })).toBeVisible();
    await expect(atlas.reader).toBeHidden();
    await atlas.goto('?country=MYS&quote=made-up');
    await expect(page.getByRole('status').filter({ hasText: 'No quote has the id “made-up”.' })).toBeVisible();
    await expect(atlas.panelHeading).toHaveText('Malaysia');
  });
});

test('an article opened from the sources view comes back with Back, after it was closed', async ({ atlas, page }) => {
  await page.goto('/?view=sources');
  await page.getByRole('button', { name: /^Read/ }).first().click();
  await expect(atlas.reader).toBeVisible();
  const url = page.url();
  await atlas.reader.getByRole('button', { name: 'Close the article' }).click();
  await expect(atlas.reader).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(url);
  await expect(atlas.reader).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No article has the id' })).toHaveCount(0);
});
