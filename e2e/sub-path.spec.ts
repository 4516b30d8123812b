import { expect, test, DATA } from './fixtures.ts';
import { decodedImage, unfurl } from './support/link-preview.ts';
import { SUB_PATH } from './support/sub-path.ts';

const { base, site } = SUB_PATH;

test.describe('an atlas served from a sub-path of a site', () => {
  test('serves its overview and country pages there, and moves between them', async ({ atlas, page }) => {
    await page.goto(base);
    await expect(atlas.countryLink('KEN')).toHaveAttribute('href', `${base}country/kenya/`);
    await atlas.clickCountry('KEN');
    await expect(page).toHaveURL(new RegExp(`${base}country/kenya/$`));
    await expect(atlas.panelHeading).toHaveText('Kenya');
    await page.reload();
    await expect(atlas.quotes).toHaveCount(DATA.claims.filter((c) => c.country === 'KEN').length);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await expect(atlas.panel).toHaveCount(0);
  });

  test('an old ?country= link moves to the country’s page under the sub-path', async ({ atlas, page }) => {
    await page.goto(`${base}?country=THA`);
    await expect(page).toHaveURL(new RegExp(`${base}country/thailand/$`));
    await expect(atlas.panelHeading).toHaveText('Thailand');
  });
});

test('its link previews give absolute addresses on the site, under the sub-path, and the images are there', async ({ request }) => {
  for (const path of [base, `${base}country/kenya/`]) {
    const preview = await unfurl(await (await request.get(path)).text());
    expect(preview.url).toBe(`${site}${path}`);
    expect(preview.image).toBe(`${site}${path}preview.png`);
    // The site is not this test server: the same file, fetched from here.
    expect(await decodedImage(request, `${path}preview.png`)).toEqual({ width: 1200, height: 630, type: 'image/png' });
  }
});

test('its embed pages live under the sub-path, link among themselves there, and its oEmbed frames them at the site’s address', async ({ atlas, page, request }) => {
  await page.goto(`${base}embed/country/new-zealand/`);
  await expect(atlas.panelHeading).toHaveText('New Zealand');
  await expect(atlas.countryLink('KEN')).toHaveAttribute('href', `${base}embed/country/kenya/`);
  await expect(page.getByRole('link', { name: /Open in Report Atlas/ })).toHaveAttribute('href', `${base}country/new-zealand/`);
  // Australia is in sight beside New Zealand.
  await atlas.clickCountry('AUS');
  await expect(page).toHaveURL(new RegExp(`${base}embed/country/australia/$`));
  await expect(atlas.panelHeading).toHaveText('Australia');
  const oembed = (await (await request.get(`${base}country/kenya/oembed.json`)).json()) as { html: string; provider_url: string };
  expect(oembed.html).toContain(`<iframe src="${site}${base}embed/country/kenya/"`);
  expect(oembed.provider_url).toBe(`${site}${base}`);
});

test.describe('offline, from a sub-path', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker serves the sub-path, and a country page opens with the network gone', async ({ atlas, page, context }) => {
    await page.goto(base);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(new URL(scope).pathname).toBe(base);
    // Once every file is kept, the worker takes control of the page.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.goto(`${base}country/nepal/`);
    await expect(atlas.panelHeading).toHaveText('Nepal');
    await expect(atlas.quotes).toHaveCount(DATA.claims.filter((c) => c.country === 'NPL').length);
    await context.setOffline(false);
  });
});
