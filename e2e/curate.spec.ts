// The curation view on the development server (npm run curate), on a copy of the data in which two
// of an article's mentions are still to do (e2e/support/curation-data.ts).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { CuratePage } from './pages/curate-page.ts';
import { CURATED_ARTICLE, CURATION_DATA_DIR, makeCurationData } from './support/curation-data.ts';

const claims = () => (JSON.parse(readFileSync(join(CURATION_DATA_DIR, 'claims.json'), 'utf8')) as { claims: { id: string; quote: string; start: number; country: string }[] }).claims;
const notClaims = () => (JSON.parse(readFileSync(join(CURATION_DATA_DIR, 'not-claims.json'), 'utf8')) as { notClaims: { country: string; reason: string }[] }).notClaims;
const articleText = readFileSync(join('data', 'articles', '001_e2bb147a4ec27e07.txt'), 'utf8');

// The tests change the same files, one after another, from a fresh copy; the server reads them afresh for each request.
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => makeCurationData());

test('a mention becomes a claim: its sentence is the quote, a selection and the offsets adjust it, and the save is verified and counted', async ({ page }) => {
  const curate = new CuratePage(page);
  await curate.goto(CURATED_ARTICLE);
  await expect(curate.progress).toContainText(/(\d+) of (\d+) mentions handled in this article/);
  const before = Number(/(\d+) of/.exec((await curate.progress.textContent()) ?? '')?.[1]);
  const mention = curate.mention('KEN');
  const start = Number(/at (\d+)/.exec((await mention.textContent()) ?? '')?.[1]);
  await mention.click();
  // The sentence the mention sits in, to start from.
  await expect(curate.quote).toContainText('Kenya, Mozambique and Indonesia');
  // Selecting the country's name makes it the quote; then the start moves back to the list's start.
  await curate.selectMentionAt(start);
  await curate.quoteSelection.click();
  await expect(curate.quote).toHaveText('Kenya');
  const listStart = articleText.lastIndexOf('India, New Zealand', start);
  await curate.startsAt.fill(String(listStart));
  await expect(curate.quote).toHaveText(articleText.slice(listStart, start + 'Kenya'.length));
  const id = await curate.claimId.inputValue();
  await curate.saveClaim.click();
  await expect(curate.progress).toContainText(`Claim “${id}”. Saved and verified.`);
  await expect(curate.progress).toContainText(`${before + 1} of`);
  await expect(curate.mention('KEN', 'claimed').first()).toBeVisible();
  expect(claims().find((c) => c.id === id)).toMatchObject({ country: 'KEN', start: listStart, quote: articleText.slice(listStart, start + 5) });
});

test.describe('a wrong span', () => {
  // The server's refusal, which the browser reports as a failed request.
  test.use({ expectedConsole: /422/ });

  test('a quote moved into the page furniture is refused with the build’s own message, shown beside the form, and nothing is written', async ({ page }) => {
    const curate = new CuratePage(page);
    await curate.goto(CURATED_ARTICLE);
    const saved = readFileSync(join(CURATION_DATA_DIR, 'claims.json'), 'utf8');
    await curate.mention('MOZ').click();
    const furniture = articleText.indexOf('You Might Also Read:');
    await curate.endsAt.fill(String(articleText.length));
    await curate.startsAt.fill(String(furniture));
    // The form says so before the save: the quote has left the mention behind.
    await expect(page.getByText(/^The quote no longer holds “Mozambique” at \d+/)).toBeVisible();
    await curate.saveClaim.click();
    await expect(curate.problems).toContainText('lies in page furniture, outside the article body');
    await expect(curate.problems).toContainText('field "quote"');
    expect(readFileSync(join(CURATION_DATA_DIR, 'claims.json'), 'utf8')).toBe(saved);
  });
});

test('a mention is marked as not a claim, with its reason, by keyboard alone', async ({ page }) => {
  const curate = new CuratePage(page);
  await curate.goto(CURATED_ARTICLE);
  await curate.mention('MOZ').focus();
  await page.keyboard.press('Enter');
  await expect(curate.formTitle).toBeFocused();
  // From the form's title, Tab goes through the claim's fields to the reason.
  for (let tabs = 0; tabs < 15 && !(await curate.reason.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab');
  await expect(curate.reason).toBeFocused();
  await page.keyboard.type('the sentence only lists the report’s findings for this curation test');
  await page.keyboard.press('Enter');
  await expect(curate.progress).toContainText('marked as not a claim. Saved and verified.');
  await expect(curate.mention('MOZ', 'not a claim').first()).toBeVisible();
  expect(notClaims().at(-1)).toMatchObject({ country: 'MOZ', reason: 'the sentence only lists the report’s findings for this curation test' });
});

test('a claim is made by keyboard alone: the mention’s form takes the focus, and the save goes on to the next mention to do', async ({ page }) => {
  const curate = new CuratePage(page);
  await curate.goto(CURATED_ARTICLE);
  // The claim the data folder had for Malaysia, before the copy took it out.
  const original = (JSON.parse(readFileSync(join('data', 'claims.json'), 'utf8')) as { claims: { id: string; quote: string; start: number; speaker: unknown; kind: string }[] }).claims.find((c) => c.id === 'csi-presences-mys');
  await curate.mention('MYS').focus();
  await page.keyboard.press('Enter');
  await expect(curate.formTitle).toBeFocused();
  // Its sentence is the quote already; the speaker is the reporter, chosen with the arrow keys.
  await expect(curate.quote).toHaveText(original?.quote ?? '');
  for (let tabs = 0; tabs < 12 && !(await curate.speaker.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab');
  await expect(curate.speaker).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(curate.speaker).toHaveValue('reporter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(curate.saveClaim).toBeFocused();
  const id = await curate.claimId.inputValue();
  await page.keyboard.press('Enter');
  await expect(curate.progress).toContainText(`Claim “${id}”. Saved and verified.`);
  await expect(curate.mention('MYS', 'claimed').first()).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('data-handled', 'to do');
  expect(claims().find((c) => c.id === id)).toEqual({ ...original, id, article: CURATED_ARTICLE, country: 'MYS' });
});

test('two tabs saving at once both land: neither claim is lost, and a third tab keeps its unsaved form and learns of both', async ({ context }) => {
  const open = async (country: string, state = 'to do') => {
    // A tab of its own, with a form not yet saved.
    const curate = new CuratePage(await context.newPage());
    await curate.goto(CURATED_ARTICLE);
    await curate.mention(country, state).first().click();
    await expect(curate.quote).not.toBeEmpty();
    // Marks the page, to tell whether it was loaded again.
    await curate.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    return curate;
  };
  const tabs = await Promise.all(['IDN', 'NPL'].map(async (country) => {
    const curate = await open(country);
    return { curate, id: await curate.claimId.inputValue() };
  }));
  // India's mention, claimed already: a second claim about it is being written.
  const third = await open('IND', 'claimed');
  await third.reason.fill('a reason typed but not saved');
  await Promise.all(tabs.map(({ curate }) => curate.saveClaim.click()));
  // Each tab says its own claim was saved, and both are in the file: neither save overwrote the other.
  for (const { curate, id } of tabs) await expect(curate.progress).toContainText(`Claim “${id}”. Saved and verified.`);
  const ids = claims().map((c) => c.id);
  for (const { id } of tabs) expect(ids).toContain(id);
  // The third tab shows both saves, without being loaded again, and its form is as it was left.
  await expect(third.mention('IDN', 'claimed').first()).toBeVisible();
  await expect(third.mention('NPL', 'claimed').first()).toBeVisible();
  await expect(third.reason).toHaveValue('a reason typed but not saved');
  expect(await third.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test.describe('its accessibility', () => {
  // The refusal the test asks for, which the browser reports as a failed request.
  test.use({ expectedConsole: /409/ });
  for (const scheme of ['light', 'dark'] as const) {
    test(`passes axe (WCAG 2.2 AA) in the ${scheme} scheme, with a mention's form open and a refusal shown`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const curate = new CuratePage(page);
      await curate.goto(CURATED_ARTICLE);
      await curate.mention('IND', 'claimed').first().click();
      await curate.claimId.fill('csi-presences-ind');
      await curate.saveClaim.click();
      await expect(curate.problems).toContainText('a claim with this id exists already');
      await expect(curate.problems).toBeFocused();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe('a data folder it cannot read', () => {
  // The server's refusal, which the browser reports as a failed request.
  test.use({ expectedConsole: /500/ });

  test('says what is wrong with it, in place of the view, and the view comes back once it is mended', async ({ page }) => {
    const path = join(CURATION_DATA_DIR, 'not-claims.json');
    try {
      writeFileSync(`${path}.tmp`, '{ "notClaims": [ ');
      renameSync(`${path}.tmp`, path);
      await page.goto('/curate/');
      await expect(page.getByRole('alert').filter({ hasText: 'The data folder cannot be read' })).toContainText('not-claims.json');
    } finally {
      // Mended: the copy as the tests began with it.
      makeCurationData();
    }
    await page.goto('/curate/');
    await expect(page.getByRole('combobox', { name: 'Article' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('the save endpoint refuses a path outside the data folder, anything that is not claim data, and another site', async ({ request }) => {
  for (const file of ['../package.json', 'sources.json', '/etc/passwd']) {
    const response = await request.post('/__curate/api/save', { data: { file, item: {} } });
    expect(response.status(), file).toBe(400);
  }
  // A page of another site cannot save, whatever it sends.
  const elsewhere = await request.post('/__curate/api/save', { headers: { Origin: 'http://intranet.example.org' }, data: { file: 'claims.json', item: {} } });
  expect(elsewhere.status()).toBe(403);
  const response = await request.post('/__curate/api/save', { data: { file: 'claims.json', item: { id: 'x', country: 'Kenya' } } });
  expect(response.status()).toBe(400);
  expect(JSON.stringify(await response.json())).toContain('country');
});
