import { describe, expect, it } from 'vitest';
import { indexContent } from './content-index.ts';
import { summaryLine } from './labels.ts';
import { articleOf, claimOf as claim, countryOf as country, reportOf } from './test-support/builders.ts';
import type { Content } from './types.ts';

const article = (id: string, published: string | null) => articleOf(id, { published });

const sample: Content = {
  articles: [article('a', '2017-07-27'), article('b', null), article('c', '2018-05-07')],
  // An undated article sorts by its report's date: here a later one than any article's.
  reports: [reportOf('r', 'R', { published: '2019-01-01' })],
  countries: [country('NZL', 'New Zealand'), country('THA', 'Thailand'), country('PRK', 'North Korea'), country('AUS', 'Australia'), country('FRA', 'France')],
  claims: [
    claim('NZL', 'c', 'context'),
    claim('NZL', 'c', 'operates-from'),
    claim('NZL', 'a', 'operates-from'),
    claim('NZL', 'b', 'operates-from'),
    claim('THA', 'c', 'hosts-fronts'),
    claim('PRK', 'a', 'subject'),
    claim('AUS', 'a', 'context'),
  ],
};

describe('indexing the content by country', () => {
  const index = indexContent(sample);

  it('gives each country a status from the kinds of its claims', () => {
    const status = (iso3: string) => index.summaries.get(iso3)?.status;
    expect([status('NZL'), status('THA'), status('PRK'), status('AUS'), status('FRA')]).toEqual(['named', 'named', 'subject', 'context', 'none']);
  });

  it('counts the articles that name a country, not its quotes', () => {
    const nzl = index.summaries.get('NZL');
    expect(nzl?.namingCount).toBe(3);
    expect(nzl).toMatchObject({ quoteCount: 4, activityKinds: ['operates-from'] });
  });

  it('orders a country’s claims strongest kind first, then oldest article first, an undated one at its report’s date', () => {
    expect(index.claimsByCountry.get('NZL')?.map((c) => [c.kind, c.article])).toEqual([
      ['operates-from', 'a'],
      ['operates-from', 'c'],
      ['operates-from', 'b'],
      ['context', 'c'],
    ]);
  });

  it('lists mentioned countries most-cited first, leaving out the unnamed', () => {
    expect(index.mentioned.map((s) => s.iso3)).toEqual(['NZL', 'THA', 'PRK', 'AUS']);
  });

  it('sums up each status in one sentence', () => {
    const line = (iso3: string) => summaryLine(index.summaries.get(iso3)!, 3);
    expect(line('NZL')).toBe('All 3 articles name New Zealand as a likely base of North Korean activity (3 quotes; 1 more gives context).');
    expect(line('THA')).toBe('1 of the 3 articles names Thailand as a host of North Korean state-run restaurants and diplomatic establishments (1 quote).');
    expect(line('AUS')).toBe('Not named as a place of North Korean activity; 1 of the 3 articles mentions it only as context (1 quote).');
    expect(line('FRA')).toBe('Not named in any of the 3 articles.');
  });
});
