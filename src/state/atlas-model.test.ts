import { describe, expect, it } from 'vitest';
import { testContent } from '../content/test-support/content-fixture.ts';
import type { AtlasContent } from '../content/atlas-content.ts';
import { choroplethFor, titleFor, urlContextFor } from './atlas-model.ts';
import { checkUrl, DEFAULT_URL_STATE, parseUrl } from './url.ts';
import { NO_FILTERS } from '../content/filters.ts';

/** Both steps of reading a link, as the page does: its structure, then its ids, fetched if need be. */
async function read(content: AtlasContent, search: string) {
  const parsed = parseUrl(search);
  return checkUrl(parsed, await urlContextFor(content, parsed));
}

const thaiQuote = { state: { ...DEFAULT_URL_STATE, country: 'THA', quote: 'b-tha' }, notices: [] };

describe('reading a link against the content', () => {
  it('reads ?quote=<id> the same before and after a country’s quotes and the whole content have loaded', async () => {
    const { content } = testContent();
    const before = await read(content, '?quote=b-tha');
    expect(before).toEqual(thaiQuote);
    await content.quotes.load('NZL');
    expect(await read(content, '?quote=b-tha')).toEqual(before);
    await content.quotes.load('THA');
    expect(await read(content, '?quote=b-tha')).toEqual(before);
    await content.loadWhole();
    expect(await read(content, '?quote=b-tha')).toEqual(before);
  });

  it('reads ?quote=<id> the same whether the ids come from the id index or the whole content', async () => {
    const fromIndex = testContent();
    const fromWhole = testContent({ atHand: { whole: true } });
    for (const search of ['?quote=b-tha', '?quote=a-nzl', '?quote=nope', '?country=AUS&quote=b-tha', '?article=a&quote=b-tha']) {
      expect(await read(fromWhole.content, search)).toEqual(await read(fromIndex.content, search));
    }
    expect(fromWhole.sources.idIndex).not.toHaveBeenCalled();
  });

  it('an unknown quote gets the same notice before and after anything has loaded', async () => {
    const { content } = testContent();
    const before = await read(content, '?quote=nope');
    expect(before.notices.map((n) => n.message)).toEqual(['No quote has the id “nope”.']);
    await content.loadWhole();
    expect(await read(content, '?quote=nope')).toEqual(before);
  });

  it('fetches the ids only for a link that names a quote or an article', async () => {
    const { content, sources } = testContent();
    expect(await read(content, '?country=new+zealand&view=table&tour=2')).toEqual({ state: { ...DEFAULT_URL_STATE, country: 'NZL', view: 'table', tour: 2 }, notices: [] });
    expect(sources.idIndex).not.toHaveBeenCalled();
    await read(content, '?article=a');
    expect(sources.idIndex).toHaveBeenCalledTimes(1);
  });

  it('without the ids (offline, say), a named quote is reported as not found', async () => {
    const { content, sources } = testContent();
    sources.idIndex.mockRejectedValueOnce(new Error('offline'));
    expect((await read(content, '?quote=b-tha')).notices.map((n) => n.message)).toEqual(['No quote has the id “b-tha”.']);
  });
});

describe('what the views derive from the content', () => {
  it('titles the page with the step, the article, the view and the country', async () => {
    const { content } = testContent();
    expect(titleFor(content, { ...DEFAULT_URL_STATE, country: 'NZL' })).toBe('New Zealand · Report Atlas');
    await content.loadIds();
    expect(titleFor(content, { ...DEFAULT_URL_STATE, view: 'table', article: 'a', tour: 2 })).toBe('Briefing, step 2 · NZ Herald: A headline · Table · Report Atlas');
  });

  it('makes each choropleth once, on the content object, and counts the countries the map draws', () => {
    const { content } = testContent();
    const choropleth = choroplethFor(content, NO_FILTERS, 'articles');
    expect(choroplethFor(content, NO_FILTERS, 'articles')).toBe(choropleth);
    // Singapore is not named and not drawn, so it is not counted.
    expect(choropleth.legend.map((e) => [e.key, e.count])).toEqual([
      ['articles-0', 1],
      ['articles-1', 1],
      ['subject', 1],
      ['context', 1],
      ['none', 1],
    ]);
  });
});
