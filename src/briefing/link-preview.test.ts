import ogs from 'open-graph-scraper';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { summaryLine } from '../content/labels.ts';
import { sampleCorpus, testContent } from '../content/test-support/content-fixture.ts';
import type { Content } from '../content/types.ts';
import { ELLIPSIS } from './text-fit.ts';
import { makeTourSteps } from './tour-steps.ts';
import { headTagsFor, previewTextFor, quoteMarks, type PreviewText } from './link-preview.ts';
import { NO_FILTERS } from '../content/filters.ts';

const LONG_QUOTE =
  'Security firm Recorded Future says that North Korea most likely conducts malicious cyber operations from other countries including India, Malaysia, New Zealand, Nepal, Kenya, Mozambique and Indonesia, as its analysts found.';

/** A quote's words, by claim id: the builders number quotes afresh for each corpus. */
const quoteOf = (corpus: Content, id: string) => corpus.claims.find((c) => c.id === id)?.quote;

/** The sample corpus with one quote's words replaced. */
function withQuote(id: string, quote: string): Content {
  const corpus = sampleCorpus();
  return { ...corpus, claims: corpus.claims.map((c) => (c.id === id ? { ...c, quote } : c)) };
}

describe('the preview of a country’s page', () => {
  it('is titled with the country’s standing out of all the articles, truthfully for every standing', () => {
    const { content } = testContent({ atHand: { whole: true } });
    const titles = ['NZL', 'THA', 'PRK', 'AUS', 'FRA'].map((iso3) => previewTextFor(content, iso3).title);
    expect(titles).toEqual([
      'New Zealand: named by 2 of 2 articles',
      'Thailand: named by 1 of 2 articles',
      'North Korea: the subject of 1 of 2 articles',
      'Australia: mentioned only as context in 1 of 2 articles',
      'France: not named in any of the 2 articles',
    ]);
  });

  it('describes the country with the panel’s sentence, then the quote the tour shows for it and its outlet', () => {
    const { content, corpus } = testContent({ atHand: { whole: true } });
    const whole = content.whole()!;
    const step = makeTourSteps(whole.index).find((s) => s.kind === 'country' && s.iso3 === 'NZL');
    const preview = previewTextFor(content, 'NZL');
    expect(step?.kind === 'country' && step.claim.quote).toBe(preview.quote?.text);
    expect(preview.quote).toEqual({ text: quoteOf(corpus, 'a-nzl'), outlet: 'NZ Herald' });
    expect(preview.name).toBe('New Zealand');
    expect(preview.description).toBe(`${summaryLine(whole.index.summaries.get('NZL')!, 2)} “${quoteOf(corpus, 'a-nzl')}” (NZ Herald)`);
  });

  it('prefers a quote about the country alone to a list it shares with others, as the tour does', () => {
    const corpus = sampleCorpus();
    const list = corpus.claims.find((c) => c.id === 'a-nzl')!;
    // The report's passage now lists Thailand too: the reporter's words about New Zealand alone win.
    const shared: Content = { ...corpus, claims: [...corpus.claims, { ...list, id: 'a-tha', country: 'THA' }] };
    const { content } = testContent({ corpus: shared, atHand: { whole: true } });
    expect(previewTextFor(content, 'NZL').quote).toEqual({ text: quoteOf(corpus, 'b-nzl'), outlet: 'SecurityBrief' });
  });

  it('takes the quotes of the country loaded for its page, or those given, with their outlets', () => {
    const { content, corpus } = testContent({ atHand: { quotes: ['THA'] } });
    expect(previewTextFor(content, 'THA').quote).toEqual({ text: quoteOf(corpus, 'b-tha'), outlet: 'SecurityBrief' });
    // The outlet of a quote given alone comes from the articles listed in the summary.
    const given = testContent().content;
    expect(previewTextFor(given, 'THA', [{ ...corpus.claims.find((c) => c.id === 'b-tha')!, quote: 'Given' }]).quote).toEqual({ text: 'Given', outlet: 'SecurityBrief' });
  });

  it('shows a context-only country with a context quote, and the subject with one about it', () => {
    const { content, corpus } = testContent({ atHand: { whole: true } });
    expect(previewTextFor(content, 'AUS').quote).toEqual({ text: quoteOf(corpus, 'a-aus'), outlet: 'NZ Herald' });
    expect(previewTextFor(content, 'PRK').quote).toEqual({ text: quoteOf(corpus, 'a-prk'), outlet: 'NZ Herald' });
  });

  it('without quotes at hand, describes the country by the sentence alone', () => {
    const { content } = testContent();
    const preview = previewTextFor(content, 'NZL');
    expect(preview.quote).toBeNull();
    expect(preview.description).toBe(summaryLine(content.summaryView(NO_FILTERS).summaries.get('NZL')!, 2));
  });

  it('cuts a long quote at a word to keep the description short, never the sentence, and keeps the quoted words exact', () => {
    const { content } = testContent({ corpus: withQuote('a-nzl', LONG_QUOTE), atHand: { whole: true } });
    const { description } = previewTextFor(content, 'NZL');
    const sentence = summaryLine(content.summaryView(NO_FILTERS).summaries.get('NZL')!, 2);
    expect([...description].length).toBeLessThanOrEqual(200);
    expect(description.startsWith(`${sentence} “`)).toBe(true);
    expect(description.endsWith(`${ELLIPSIS}” (NZ Herald)`)).toBe(true);
    const quoted = description.slice(sentence.length + 2, -`${ELLIPSIS}” (NZ Herald)`.length);
    expect(quoted.split(' ').length).toBeGreaterThan(3);
    expect(LONG_QUOTE.startsWith(quoted)).toBe(true);
  });

  it('adds no quotation marks to a quote that opens with its own', () => {
    const own = '“Traffic came from here,” the report says.';
    const { content } = testContent({ corpus: withQuote('a-nzl', own), atHand: { whole: true } });
    expect(previewTextFor(content, 'NZL').description.endsWith(` ${own} (NZ Herald)`)).toBe(true);
    expect(quoteMarks(own)).toEqual(['', '']);
    expect(quoteMarks('Traffic came from here.')).toEqual(['“', '”']);
  });

  it('describes its image in words: the maps, the country, its standing and the quote', () => {
    const { content, corpus } = testContent({ atHand: { whole: true } });
    const { imageAlt } = previewTextFor(content, 'NZL');
    expect(imageAlt).toMatch(/^Map: New Zealand, outlined, and its neighbours, shaded by how many of the 2 articles name each; a small world map rings where it lies\./);
    expect(imageAlt).toContain('New Zealand: named by 2 of 2 articles.');
    expect(imageAlt).toContain(`“${quoteOf(corpus, 'a-nzl')}” (NZ Herald)`);
  });

  it('refuses a country the atlas does not know', () => {
    expect(() => previewTextFor(testContent().content, 'XXX')).toThrow('No country XXX');
  });
});

describe('the preview of the overview', () => {
  it('names the site and the subject, and sums the atlas up in figures', () => {
    const preview = previewTextFor(testContent().content, null);
    expect(preview.title).toBe('Report Atlas: the countries named in reports on North Korean internet activity');
    expect(preview.description).toBe(
      '2 countries named as places of North Korean internet activity in 1 report by Recorded Future, as 2 news articles covered them: a world map with the verbatim quotes behind each country.',
    );
    expect(preview.imageAlt).toBe(
      'A world map shading the 2 countries that Recorded Future’s reports name as places of North Korean internet activity, by how many of the 2 news articles name each, with North Korea shaded apart as the subject.',
    );
    expect([preview.name, preview.quote]).toEqual([null, null]);
  });
});

describe('the tags of a page’s head', () => {
  const HOSTILE = `</title><script>alert("x")</script> <b onclick='go()'>Land</b> & “co” javascript:alert(1) --> <!--`;
  const preview: PreviewText = { title: HOSTILE, description: `${HOSTILE} described`, imageAlt: `${HOSTILE} drawn`, name: HOSTILE, quote: { text: HOSTILE, outlet: HOSTILE } };
  const urls = { page: 'https://atlas.example/country/new-zealand/?a=1&b="2"', image: "https://atlas.example/country/new-zealand/preview.png?v='3'" };
  const html = `<!doctype html><html><head>${headTagsFor(preview, urls)}</head><body></body></html>`;
  const document = parse(html);

  type Node = DefaultTreeAdapterMap['node'];
  const elements = (node: Node): DefaultTreeAdapterMap['element'][] => {
    const children = 'childNodes' in node ? node.childNodes.flatMap(elements) : [];
    return 'tagName' in node ? [node, ...children] : children;
  };
  const all = elements(document);
  const attr = (el: DefaultTreeAdapterMap['element'], name: string) => el.attrs.find((a) => a.name === name)?.value;
  const metaContent = (key: string) => all.find((el) => el.tagName === 'meta' && (attr(el, 'property') ?? attr(el, 'name')) === key)?.attrs.find((a) => a.name === 'content')?.value;

  it('stay inert whatever the text: no script, no element beyond the tags, nothing in the body', () => {
    const head = all.find((el) => el.tagName === 'head');
    const [tags, between] = [head?.childNodes.filter((n) => 'tagName' in n) ?? [], head?.childNodes.filter((n) => !('tagName' in n)) ?? []];
    expect(tags.map((n) => n.nodeName)).toEqual(['title', 'meta', 'link', ...Array<string>(14).fill('meta')]);
    // Between the tags, line breaks only.
    expect(between.map((n) => ('value' in n ? n.value : n.nodeName))).toEqual(Array<string>(16).fill('\n'));
    expect(all.map((el) => el.tagName)).toEqual(['html', 'head', 'title', 'meta', 'link', ...Array<string>(14).fill('meta'), 'body']);
    expect(all.filter((el) => el.tagName === 'script' || el.tagName === 'b')).toEqual([]);
    const body = all.find((el) => el.tagName === 'body');
    expect(body?.childNodes).toEqual([]);
  });

  it('carry every text and address exactly as given', () => {
    const title = all.find((el) => el.tagName === 'title');
    expect(title?.childNodes.map((n) => ('value' in n ? n.value : ''))).toEqual([`${HOSTILE} · Report Atlas`]);
    expect(metaContent('description')).toBe(`${HOSTILE} described`);
    expect(attr(all.find((el) => el.tagName === 'link')!, 'href')).toBe(urls.page);
    for (const key of ['og:title', 'twitter:title']) expect(metaContent(key)).toBe(HOSTILE);
    for (const key of ['og:description', 'twitter:description']) expect(metaContent(key)).toBe(`${HOSTILE} described`);
    for (const key of ['og:image:alt', 'twitter:image:alt']) expect(metaContent(key)).toBe(`${HOSTILE} drawn`);
    for (const key of ['og:image', 'twitter:image']) expect(metaContent(key)).toBe(urls.image);
    expect(metaContent('og:url')).toBe(urls.page);
    // Escaped for either quotation mark, so that no value ends early wherever the tags are pasted.
    expect(headTagsFor(preview, urls)).not.toMatch(/'|="[^"]*"[^\s>]/);
  });

  it('give the card’s kind, size and site', () => {
    expect(['og:type', 'og:site_name', 'og:image:width', 'og:image:height', 'twitter:card'].map(metaContent)).toEqual(['website', 'Report Atlas', '1200', '630', 'summary_large_image']);
  });

  it('read as a link card reader reads them', async () => {
    const { content } = testContent({ atHand: { whole: true } });
    const nz = previewTextFor(content, 'NZL');
    const { result } = await ogs({ html: `<!doctype html><html><head>${headTagsFor(nz, urls)}</head><body></body></html>` });
    expect(result).toMatchObject({ ogTitle: nz.title, ogDescription: nz.description, ogType: 'website', ogSiteName: 'Report Atlas', twitterCard: 'summary_large_image', twitterTitle: nz.title });
    expect(result.ogImage?.[0]).toMatchObject({ url: urls.image, width: '1200', height: '630', alt: nz.imageAlt });
  });

  it('name the site in the tab once, where the title does not already', () => {
    const overview = previewTextFor(testContent().content, null);
    expect(headTagsFor(overview, urls)).toContain(`<title>${overview.title}</title>`);
  });

  it('refuse an address that is neither absolute http(s) nor from the site’s root, which cards cannot follow', () => {
    expect(() => headTagsFor(preview, { ...urls, page: 'javascript:alert(1)' })).toThrow('absolute http(s) address');
    expect(() => headTagsFor(preview, { ...urls, image: 'country/new-zealand/preview.png' })).toThrow('absolute http(s) address');
    expect(() => headTagsFor(preview, { ...urls, image: '//elsewhere.example/preview.png' })).toThrow('absolute http(s) address');
    expect(headTagsFor(preview, { ...urls, image: '/country/new-zealand/preview.png' })).toContain('<meta property="og:image" content="/country/new-zealand/preview.png">');
  });
});
