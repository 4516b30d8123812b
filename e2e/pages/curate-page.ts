import { expect, type Locator, type Page } from '@playwright/test';

/** The curation view as a curator uses it: an article, its mentions, and the form that makes or dismisses a claim. */
export class CuratePage {
  readonly article: Locator;
  readonly progress: Locator;
  readonly text: Locator;
  readonly quote: Locator;
  readonly startsAt: Locator;
  readonly endsAt: Locator;
  readonly claimId: Locator;
  readonly saveClaim: Locator;
  readonly quoteSelection: Locator;
  readonly reason: Locator;
  readonly notAClaim: Locator;
  readonly problems: Locator;
  readonly articleTitle: Locator;
  readonly formTitle: Locator;
  readonly speaker: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('combobox', { name: 'Article' });
    this.progress = page.locator('.curate-progress');
    this.text = page.getByLabel('The article’s text');
    this.quote = page.locator('.curate-quote');
    this.startsAt = page.getByLabel('Starts at');
    this.endsAt = page.getByLabel('Ends at');
    this.claimId = page.getByLabel('Claim id');
    this.saveClaim = page.getByRole('button', { name: 'Save the claim' });
    this.quoteSelection = page.getByRole('button', { name: 'Quote the selected text' });
    this.reason = page.getByLabel('Not a claim, because');
    this.notAClaim = page.getByRole('button', { name: 'Mark as not a claim' });
    this.problems = page.getByRole('alert');
    this.articleTitle = page.locator('#curate-article-title');
    this.formTitle = page.locator('#curate-form-title');
    this.speaker = page.getByLabel('Speaker');
  }

  /** Opens the view, chooses the article, and waits until its text is the one in view. */
  async goto(article: string) {
    await this.page.goto('/curate/');
    await this.article.selectOption(article);
    const label = (await this.article.locator('option:checked').textContent()) ?? '';
    await expect(this.articleTitle).toHaveText(label.replace(/ \(\d+ of \d+\)$/, ''));
  }

  /** A mention's button in the list, by country code and state ("to do", "claimed", "not a claim"). */
  mention(country: string, state = 'to do'): Locator {
    return this.page.getByRole('navigation', { name: 'Mentions' }).getByRole('button', { name: new RegExp(`^${country} “.*” at \\d+ — ${state}$`) });
  }

  /** Selects, as a reader would with the mouse, the words of the mention that starts at `start`. */
  async selectMentionAt(start: number) {
    await this.text.locator(`mark[data-start="${start}"]`).evaluate((mark) => {
      const range = document.createRange();
      range.selectNodeContents(mark);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
  }
}
