import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../extract/extract-article.ts';
import { articleText, paragraphsOf } from './article-text.ts';
import { findFurniture } from './page-furniture.ts';
import { parseHtml, readPage } from './read-page.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function textOf(name: string) {
  const page = readPage(join(FIXTURES, name));
  if (!page.ok) throw new Error(page.error);
  return articleText(page.document);
}

/** Countries only the fixture's furniture names: navigation, cookie banner, share bar, promos, related stories, comments, most read, footer. */
const FURNITURE_COUNTRIES = ['ARG', 'BRA', 'CAN', 'CHL', 'DEU', 'EGY', 'ESP', 'FRA', 'JPN', 'MEX'];
const STORY_COUNTRIES = ['CHN', 'IDN', 'IND', 'KEN', 'MOZ', 'MYS', 'NPL', 'NZL', 'PRK', 'USA'];

describe("a saved page's article text", () => {
  it("keeps the story's paragraphs in order and none of the page's furniture", () => {
    const result = textOf('news-article.html');
    if (!result.ok) throw new Error(result.reason);
    expect(result.paragraphs).toHaveLength(8);
    expect(result.paragraphs[0]).toMatch(/^The small circle of North Koreans/u);
    expect(result.paragraphs.at(-1)).toMatch(/as diplomatic talks continue\.$/u);
    const text = result.paragraphs.join('\n\n');
    for (const furniture of ['Read more', 'cookies', 'Share', 'Related stories', 'Comments', 'Most read', 'Sign up', 'Photo', 'All rights reserved', 'Hana Whitcombe']) {
      expect(text).not.toContain(furniture);
    }
    const mentions = extractMentions(text, null);
    if (!mentions.ok) throw new Error(mentions.error);
    const named = new Set(mentions.mentions.map((m) => m.country));
    expect([...named].sort()).toEqual(STORY_COUNTRIES);
    expect(FURNITURE_COUNTRIES.filter((c) => named.has(c))).toEqual([]);
  });

  it('finds the furniture the fixture holds, by role, tag, class and pointer line', () => {
    const page = readPage(join(FIXTURES, 'news-article.html'));
    if (!page.ok) throw new Error(page.error);
    const found = findFurniture(page.document).map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className.split(' ')[0]}` : ''}`);
    expect(found).toEqual([
      'div.cookie-banner',
      'header.site-header',
      'div.share-bar',
      'figure.lead-image',
      'div.story-promo',
      'p',
      'div.newsletter-signup',
      'footer.story-footer',
      'section.related-stories',
      'section.comments',
      'aside.sidebar',
      'footer.site-footer',
    ]);
  });

  it('never takes out the story itself, whatever its class says', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of a story long enough to be an article, with enough words in it to count for something here, and then some more words besides.</p>`).join('');
    const document = parseHtml(`<body><nav>Sections</nav><div class="story has-comments share-enabled">${story}</div></body>`);
    const result = articleText(document);
    expect(result.ok && result.paragraphs).toHaveLength(4);
  });

  it('takes out a comment thread longer than the story it sits beside', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story, about servers traced to Kenya, long enough with these words, and a few more besides, to be part of an article.</p>`).join('');
    const comment = '<li class="comment"><p>A long comment from a reader in France, who has a great deal to say about all of this and keeps on saying it at length, paragraph after paragraph.</p></li>';
    const document = parseHtml(`<body><main><article>${story}</article><section class="comments"><ol>${comment.repeat(12)}</ol></section></main></body>`);
    const result = articleText(document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.paragraphs).toHaveLength(4);
    expect(result.paragraphs.join(' ')).not.toContain('France');
  });

  it('is clean paragraphs: one per block, spaces collapsed, no-break spaces plain, invisible characters out', () => {
    const document = parseHtml('<div><p>One\u00a0two\n   three\u200b.</p>Loose <b>text</b><br>after a break<ul><li>An item</li></ul><table><tr><td>a</td><td>b</td></tr></table></div>');
    expect(paragraphsOf(document.querySelector('div') as Element).paragraphs).toEqual(['One two three.', 'Loose text', 'after a break', 'An item', 'a b']);
  });

  it('is refused for a page that is not an article, saying why', () => {
    const result = textOf('site-index.html');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/at least 500 characters in 3 paragraphs/u);
    const links = parseHtml(`<body><div>${Array.from({ length: 10 }, () => '<p><a href="/x">A story about something that happened somewhere far away today</a> and more</p>').join('')}</div></body>`);
    const linked = articleText(links);
    expect(linked.ok ? 'accepted' : linked.reason).toMatch(/links/u);
  });
});
