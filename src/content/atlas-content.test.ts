import { describe, expect, it } from 'vitest';
import { makeQuotesLoader } from './country-quotes.ts';
import { sampleCorpus, testContent } from './test-support/content-fixture.ts';
import type { CountryQuotes } from './types.ts';
import { makeWholeContent } from './whole-content.ts';
import { NO_FILTERS } from './filters.ts';

/** A promise settled from outside, to look at a load while it is under way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('the content the page has', () => {
  it('starts from the summary alone: every country’s standing, and no quotes, ids or whole content', () => {
    const { content, sources } = testContent();
    const all = content.summaryView(NO_FILTERS);
    expect(all.mentioned.map((s) => s.iso3)).toEqual(['NZL', 'THA', 'PRK', 'AUS']);
    expect(all.summaries.get('NZL')).toMatchObject({ name: 'New Zealand', status: 'named', namingCount: 2, quoteCount: 3, contextCount: 1 });
    expect(all.summaries.get('FRA')).toMatchObject({ name: 'France', status: 'none', quoteCount: 0 });
    expect(content.quotes.status('NZL')).toBeUndefined();
    expect([content.ids(), content.whole()]).toEqual([null, null]);
    expect([sources.countryQuotes, sources.idIndex, sources.wholeContent].map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('gives each combination of filters the same standing as indexing the whole content would', () => {
    const { content, corpus } = testContent();
    const whole = makeWholeContent(corpus);
    for (const speaker of ['all', 'report', 'official', 'reporter'] as const) {
      for (const report of [null, ...corpus.reports.map((r) => r.id)]) {
        const filters = { speaker, report };
        expect(content.summaryView(filters).mentioned).toEqual(whole.for(filters).mentioned);
        expect([...content.summaryView(filters).summaries.values()]).toEqual([...whole.for(filters).summaries.values()]);
      }
    }
    // Made once and kept on the content object: the same view every time.
    expect(content.summaryView({ speaker: 'report', report: null })).toBe(content.summaryView({ speaker: 'report', report: null }));
  });

  it('loads a country’s quotes once for every caller, saying so while they load', async () => {
    const { content, sources, files } = testContent();
    const file = deferred<CountryQuotes>();
    sources.countryQuotes.mockReturnValueOnce(file.promise);
    const first = content.quotes.load('NZL');
    const second = content.quotes.load('NZL');
    expect(second).toBe(first);
    expect(content.quotes.status('NZL')).toEqual({ state: 'loading' });
    expect(content.quotes.ready('NZL')).toBeUndefined();
    file.resolve(files.get('NZL')!);
    expect(await first).toBe(files.get('NZL'));
    expect(content.quotes.status('NZL')).toEqual({ state: 'ready', quotes: files.get('NZL') });
    expect(content.quotes.ready('NZL')?.claims.map((c) => c.id)).toEqual(['a-nzl', 'b-nzl', 'b-nzl-context']);
    expect(sources.countryQuotes).toHaveBeenCalledTimes(1);
  });

  it('has the quotes of a country no article quotes at once, without fetching', async () => {
    const { content, sources } = testContent();
    expect(await content.quotes.load('FRA')).toEqual({ iso3: 'FRA', claims: [], articles: [] });
    expect(content.quotes.status('FRA')?.state).toBe('ready');
    expect(sources.countryQuotes).not.toHaveBeenCalled();
  });

  it('says when a country’s quotes fail to load, and tries again when they are next asked for', async () => {
    const { content, sources } = testContent();
    sources.countryQuotes.mockRejectedValueOnce(new Error('offline'));
    await expect(content.quotes.load('THA')).rejects.toThrow('offline');
    expect(content.quotes.status('THA')).toEqual({ state: 'failed', error: new Error('offline') });
    content.quotes.prefetch('THA');
    expect(content.quotes.status('THA')).toEqual({ state: 'loading' });
    expect((await content.quotes.load('THA')).claims.map((c) => c.id)).toEqual(['b-tha']);
    expect(content.quotes.status('THA')?.state).toBe('ready');
    expect(sources.countryQuotes).toHaveBeenCalledTimes(2);
  });

  it('uses quotes already at hand without fetching them, as a page rendered at build time is drawn from', async () => {
    const { content, sources, files } = testContent({ atHand: { quotes: ['NZL'] } });
    expect(content.quotes.ready('NZL')).toBe(files.get('NZL'));
    expect(await content.quotes.load('NZL')).toBe(files.get('NZL'));
    expect(content.articleHead('b')).toMatchObject({ publisher: 'SecurityBrief' });
    expect(sources.countryQuotes).not.toHaveBeenCalled();
  });

  it('knows every id from the id index, or from the whole content once it has loaded, and the two agree', async () => {
    const fromIndex = testContent();
    const indexed = await fromIndex.content.loadIds();
    expect(fromIndex.sources.idIndex).toHaveBeenCalledTimes(1);
    const fromWhole = testContent();
    await fromWhole.content.loadWhole();
    const whole = await fromWhole.content.loadIds();
    expect(fromWhole.sources.idIndex).not.toHaveBeenCalled();
    expect(whole.claims).toEqual(indexed.claims);
    expect([...whole.articles.keys()]).toEqual([...indexed.articles.keys()]);
    expect(indexed.claims.get('b-tha')).toEqual({ country: 'THA', article: 'b' });
  });

  it('loads the whole content once, for every part that reads it, and tries again after a failure', async () => {
    const { content, sources } = testContent();
    sources.wholeContent.mockRejectedValueOnce(new Error('offline'));
    await expect(content.loadWhole()).rejects.toThrow('offline');
    expect(content.whole()).toBeNull();
    const whole = content.loadWhole();
    expect(content.loadWhole()).toBe(whole);
    expect((await whole).index.articles.size).toBe(2);
    expect(content.whole()).toBe(await whole);
    expect(sources.wholeContent).toHaveBeenCalledTimes(2);
  });

  it('keeps what is derived from it on it: made once, on first use', () => {
    const { content } = testContent();
    let made = 0;
    const make = () => ({ made: ++made });
    expect(content.derived('x', make)).toBe(content.derived('x', make));
    expect(made).toBe(1);
    expect(testContent().content.derived('x', make)).toEqual({ made: 2 });
  });
});

describe('the quotes kept', () => {
  const file = (iso3: string): CountryQuotes => ({ iso3, claims: [], articles: [] });
  const loader = () => makeQuotesLoader({ fetchQuotes: async (iso3) => file(iso3), hasQuotes: () => true, kept: 2 });

  it('are those of the most recently used countries; the longest unused are let go', async () => {
    const quotes = loader();
    await quotes.load('NZL');
    await quotes.load('THA');
    expect(quotes.ready('NZL')).toBeDefined(); // used again: THA is now the longest unused
    await quotes.load('KEN');
    expect(['NZL', 'THA', 'KEN'].map((iso3) => quotes.status(iso3)?.state)).toEqual(['ready', undefined, 'ready']);
    expect(quotes.ready('THA')).toBeUndefined();
  });

  it('include every corpus country a panel has asked for, up to the limit', async () => {
    const { content } = testContent();
    const named = sampleCorpus().countries.map((c) => c.iso3);
    await Promise.all(named.map((iso3) => content.quotes.load(iso3)));
    expect(named.filter((iso3) => content.quotes.ready(iso3))).toEqual(named);
  });
});
