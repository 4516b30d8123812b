import { describe, expect, it } from 'vitest';
import { indexContent } from '../content/content-index.ts';
import { articleOf, claimOf, countryOf, reportOf } from '../content/test-support/builders.ts';
import type { Claim, Content } from '../content/types.ts';
import { splitQuotes } from './slide-quotes.ts';

/** The claims of one passage: the same words at the same place, one claim per country. */
const passage = (quote: string, article: string, countries: readonly string[], kind: Claim['kind'] = 'operates-from'): Claim[] => {
  const first = claimOf(countries[0] ?? '', article, kind);
  return countries.map((country, i) => ({ ...first, id: `${first.id}-${i}`, country, quote }));
};

const list = passage('These nations include Beland, Aland and Celand.', 'a', ['BBB', 'AAA', 'CCC']);
const pair = passage('Aland and Beland host restaurants.', 'b', ['AAA', 'BBB'], 'hosts-fronts');
const withContext = passage('Aland and Deland signed a treaty.', 'b', ['AAA', 'DDD'], 'context');
const alone = { ...claimOf('AAA', 'a'), quote: 'Aland hosts the servers.' };
const content: Content = {
  articles: [articleOf('a'), articleOf('b')],
  reports: [reportOf()],
  countries: ['AAA', 'BBB', 'CCC', 'DDD'].map((iso3) => countryOf(iso3)),
  claims: [...list, alone, ...pair, ...withContext],
};
const index = indexContent(content);
const deckCountries = ['AAA', 'BBB', 'CCC'];

describe('which quotes go on the overview and which on a country’s slide', () => {
  const { shared, own } = splitQuotes(index, deckCountries);

  it('a passage naming several of the deck’s countries goes to the overview once, naming them in the content’s order, the longest list first', () => {
    expect(shared.map((q) => q.claim.quote)).toEqual([list[0]?.quote, pair[0]?.quote]);
    expect(shared[0]?.countries).toEqual(['BBB', 'AAA', 'CCC']);
    expect(shared[0]?.claims.map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  it('a passage that also names a country without a slide stays on the slide of the one that has one', () => {
    expect(own.get('AAA')?.map((c) => c.quote)).toEqual([alone.quote, withContext[0]?.quote]);
    expect(own.get('BBB')).toEqual([]);
    expect(own.get('CCC')).toEqual([]);
  });

  it('every quote about the deck’s countries is shown exactly once, on the overview or on one slide', () => {
    const shown = [...shared.map((q) => q.claim.quote), ...[...own.values()].flat().map((c) => c.quote)];
    const expected = new Set(content.claims.filter((c) => deckCountries.includes(c.country)).map((c) => c.quote));
    expect(shown.toSorted()).toEqual([...expected].toSorted());
  });

  it('with fewer countries in the deck, a passage naming only one of them is that country’s own', () => {
    const split = splitQuotes(index, ['AAA', 'CCC']);
    expect(split.shared.map((q) => q.countries)).toEqual([['AAA', 'CCC']]);
    expect(split.own.get('AAA')?.map((c) => c.quote)).toContain(pair[0]?.quote);
  });

  it('the same passage given twice for one country is shown once', () => {
    const twice = indexContent({ ...content, claims: [alone, { ...alone, id: 'again', kind: 'context' }] });
    expect(splitQuotes(twice, ['AAA']).own.get('AAA')).toHaveLength(1);
  });
});
