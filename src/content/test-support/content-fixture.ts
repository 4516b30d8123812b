// Test helper: the content object made from a small corpus, as the build ships it (the summary, a
// quotes file per country, the id index, the whole content), each fetched through a spy.
import { vi } from 'vitest';
import { makeAtlasContent, type AtlasContent } from '../atlas-content.ts';
import { indexContent } from '../content-index.ts';
import { makeCountryQuotes, makeIdIndex, makeSummary } from '../summary.ts';
import type { Claim, Content, CountryQuotes } from '../types.ts';
import { makeWholeContent } from '../whole-content.ts';
import { articleOf, claimOf, countryOf, reportOf } from './builders.ts';

const claim = (id: string, ...args: Parameters<typeof claimOf>): Claim => ({ ...claimOf(...args), id });

/**
 * Two articles on one report: New Zealand named by both, Thailand by one, North Korea the subject,
 * Australia context only, France and Singapore (too small to draw) not named.
 */
export function sampleCorpus(): Content {
  return {
    articles: [articleOf('a', { publisher: 'NZ Herald', headline: 'A headline', published: '2017-07-27' }), articleOf('b', { publisher: 'SecurityBrief', published: '2018-05-07' })],
    reports: [reportOf('r', 'Recorded Future')],
    countries: [
      countryOf('NZL', 'New Zealand'),
      countryOf('THA', 'Thailand'),
      countryOf('PRK', 'North Korea'),
      countryOf('AUS', 'Australia'),
      countryOf('FRA', 'France'),
      { ...countryOf('SGP', 'Singapore'), onMap: false },
    ],
    claims: [
      claim('a-nzl', 'NZL', 'a', 'operates-from', { type: 'report', report: 'r' }),
      claim('b-nzl', 'NZL', 'b', 'operates-from'),
      claim('b-nzl-context', 'NZL', 'b', 'context'),
      claim('b-tha', 'THA', 'b', 'hosts-fronts', { type: 'official', name: 'A. Minister', role: 'minister' }),
      claim('a-prk', 'PRK', 'a', 'subject'),
      claim('a-aus', 'AUS', 'a', 'context'),
    ],
  };
}

/** The sample with its second article on a later report: Thailand named only in that one, New Zealand in both. */
export function twoEditionCorpus(): Content {
  const corpus = sampleCorpus();
  return {
    ...corpus,
    reports: [reportOf('r', 'Recorded Future', { title: 'The first', published: '2017-07-25' }), reportOf('r2', 'Recorded Future', { title: 'The second', published: '2018-04-25' })],
    articles: corpus.articles.map((a) => (a.id === 'b' ? { ...a, reportsOn: ['r2'] } : a)),
    claims: corpus.claims.map((c) => (c.article === 'b' ? { ...c, report: 'r2' } : c)),
  };
}

export interface TestContentOptions {
  corpus?: Content;
  /** What the page has from the start, without fetching (as a page rendered at build time would). */
  atHand?: { quotes?: string[]; ids?: boolean; whole?: boolean };
}

/** The content object for a corpus, and the spies through which it fetches what it does not have. */
export function testContent({ corpus = sampleCorpus(), atHand = {} }: TestContentOptions = {}) {
  const index = indexContent(corpus);
  const files = makeCountryQuotes(index);
  // As the build counts it: the overview, what changed (with two reports or more), one step per named country, the sources.
  const tourSteps = 2 + (corpus.reports.length > 1 ? 1 : 0) + index.mentioned.filter((s) => s.status === 'named').length;
  const fileOf = (iso3: string): CountryQuotes => {
    const file = files.get(iso3);
    if (!file) throw new Error(`No quotes file for ${iso3}.`);
    return file;
  };
  const sources = {
    countryQuotes: vi.fn(async (iso3: string) => fileOf(iso3)),
    idIndex: vi.fn(async () => makeIdIndex(corpus)),
    wholeContent: vi.fn(async () => makeWholeContent(corpus)),
    articleTexts: vi.fn(async () => Object.fromEntries(corpus.articles.map((a) => [a.id, `The text of ${a.id}.`]))),
  };
  const content: AtlasContent = makeAtlasContent({
    summary: makeSummary(corpus, index, tourSteps),
    sources,
    quotes: (atHand.quotes ?? []).map(fileOf),
    ids: atHand.ids ? makeIdIndex(corpus) : undefined,
    whole: atHand.whole ? makeWholeContent(corpus) : undefined,
  });
  return { content, sources, corpus, files };
}
