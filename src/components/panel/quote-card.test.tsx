// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QuoteSources } from '../../content/content-index.ts';
import { articleOf, reportOf } from '../../content/test-support/builders.ts';
import type { Article, Claim } from '../../content/types.ts';
import { atlasStore } from '../../state/store.ts';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { QuoteCard } from './quote-card.tsx';

const report = reportOf('rf', 'Recorded Future', { title: 'North Korea’s Ruling Elite', published: '2017-07-25' });

const claimOf = (over: Partial<Claim> = {}): Claim => ({
  id: 'q1',
  country: 'NZL',
  article: 'a',
  kind: 'operates-from',
  speaker: { type: 'reporter' },
  quote: 'New Zealand, Thailand and India are among the places the activity came from.',
  report: 'rf',
  start: 0,
  end: 10,
  ...over,
});

function showCard(claim: Claim, article: Partial<Article> = {}, current = false) {
  const sources: QuoteSources = {
    articles: new Map([['a', articleOf('a', { publisher: 'NZ Herald', headline: 'Kiwi link to North Korea', published: '2017-07-27', url: 'https://www.example.org/news/a', ...article })]]),
    reports: new Map([[report.id, report]]),
    claimsByCountry: new Map([['NZL', [claim]]]),
  };
  const rendered = renderWithContent(<QuoteCard claim={claim} current={current} sources={sources} />);
  return { ...rendered, card: screen.getByRole('figure') };
}

const speakerLine = (card: HTMLElement) => card.querySelector('.quote-speaker')?.textContent;
const articleLine = (card: HTMLElement) => card.querySelector('.quote-source')?.textContent;

describe('a quote card', () => {
  it('quotes the article word for word, under what the quote claims', () => {
    const quote = '“They  operate from\u00a0here,” he said — about 5% of it (0.3 TB).';
    const { card } = showCard(claimOf({ quote }));
    expect(card.querySelector('blockquote')?.textContent).toBe(quote);
    expect(card.querySelector('blockquote')?.getAttribute('cite')).toBe('https://www.example.org/news/a');
    expect(within(card).getByText('Named as a likely base of North Korean activity')).toHaveProperty('isConnected', true);
  });

  it.each<[string, Claim['speaker'], string]>([
    ['a report', { type: 'report', report: 'rf' }, 'The report: Recorded Future, “North Korea’s Ruling Elite” (25 July 2017)'],
    ['an official', { type: 'official', name: 'Jacinda Ardern', role: 'Prime Minister' }, 'Jacinda Ardern, Prime Minister'],
    ['the reporter', { type: 'reporter' }, 'The reporter’s own words'],
    ['the reporter citing a report', { type: 'reporter', citing: 'rf' }, 'The reporter, citing Recorded Future, “North Korea’s Ruling Elite” (25 July 2017)'],
    ['the reporter relaying someone', { type: 'reporter', relaying: 'a police spokesman' }, 'The reporter, reporting what a police spokesman said'],
  ])('says who spoke when it is %s', (_, speaker, line) => {
    const { card } = showCard(claimOf({ speaker }));
    expect(speakerLine(card)).toBe(`Said by: ${line}`);
  });

  it('names the article by publisher and headline, with its date beside', () => {
    const { card } = showCard(claimOf());
    expect(within(card).getByText('NZ Herald: “Kiwi link to North Korea”').tagName).toBe('CITE');
    expect(articleLine(card)).toBe('NZ Herald: “Kiwi link to North Korea”27 July 2017');
  });

  it('names an article without a headline by publisher and date', () => {
    const { card } = showCard(claimOf(), { headline: null });
    expect(articleLine(card)).toBe('NZ Herald, 27 July 2017');
    expect(card.querySelector('.quote-date')).toBeNull();
  });

  it('marks a date that was inferred, and says when there is none', () => {
    const { card, unmount } = showCard(claimOf(), { publishedInferred: true });
    expect(card.querySelector('.quote-date')?.textContent).toBe('27 July 2017 (date inferred)');
    unmount();
    const { card: undated } = showCard(claimOf({ id: 'q2' }), { headline: null, published: null });
    expect(articleLine(undated)).toBe('NZ Herald, date not stated');
  });

  it('gives the curator’s note when there is one, and no note otherwise', () => {
    const { card, unmount } = showCard(claimOf({ note: 'The article later corrects the list of countries.' }));
    expect(card.querySelector('.quote-note')?.textContent).toBe('Curator’s note: The article later corrects the list of countries.');
    unmount();
    const { card: plain } = showCard(claimOf());
    expect(plain.querySelector('.quote-note')).toBeNull();
  });

  it('links to the quote in the original article, in a new tab', () => {
    const { card } = showCard(claimOf(), { url: 'https://www.example.org/news/a#comments' });
    const link = within(card).getByRole('link', { name: 'Open the original (NZ Herald, opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://www.example.org/news/a#:~:text=New%20Zealand%2C%20Thailand%20and,the%20activity%20came%20from.');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(card.querySelector('.print-url')?.textContent).toBe('https://www.example.org/news/a#comments');
  });

  it('shows markup in a quote or a note as text, never as elements', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { card } = showCard(claimOf({ quote: `They wrote ${hostile}`, note: `<script>alert(2)</script> and ${hostile}` }));
    expect(card.querySelector('blockquote')?.textContent).toBe(`They wrote ${hostile}`);
    expect(card.querySelector('.quote-note')?.textContent).toBe(`Curator’s note: <script>alert(2)</script> and ${hostile}`);
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('stands out when a link points at it', () => {
    const { card } = showCard(claimOf(), {}, true);
    expect(card.getAttribute('aria-current')).toBe('true');
    expect(card.classList.contains('is-current')).toBe(true);
  });

  it('opens its article in the reader at the quote', async () => {
    const user = userEvent.setup();
    const { card } = showCard(claimOf());
    await user.click(within(card).getByRole('button', { name: 'Show in article' }));
    expect(atlasStore.getState()).toMatchObject({ article: 'a', quote: 'q1' });
  });

  it('copies the quote as a citation and says so', async () => {
    const user = userEvent.setup();
    const { card } = showCard(claimOf());
    await user.click(within(card).getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toBe(
      `“New Zealand, Thailand and India are among the places the activity came from.” — The reporter’s own words. NZ Herald, “Kiwi link to North Korea”, 27 July 2017. https://www.example.org/news/a Via Report Atlas: ${new URL('/country/new-zealand/?quote=q1', window.location.href).href}`,
    );
    expect(within(card).getByRole('status').textContent).toBe('Citation copied');
  });
});
