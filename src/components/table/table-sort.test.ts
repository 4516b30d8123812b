import { describe, expect, it } from 'vitest';
import { indexContent } from '../../content/content-index.ts';
import { articleOf, claimOf as claim, countryOf as country, reportOf } from '../../content/test-support/builders.ts';
import type { Content } from '../../content/types.ts';
import { tableRows } from './table-rows.ts';
import { DEFAULT_SORT, articleKey, nextSort, reportKey, sortRows } from './table-sort.ts';

const article = (id: string) => articleOf(id, { published: '2017-07-27' });

const sample: Content = {
  articles: [article('a'), article('b')],
  reports: [reportOf()],
  countries: [country('NZL', 'New Zealand'), country('THA', 'Thailand'), country('PRK', 'North Korea'), country('IND', 'India'), country('FRA', 'France')],
  claims: [
    claim('NZL', 'a', 'operates-from'),
    claim('NZL', 'b', 'operates-from'),
    claim('NZL', 'b', 'context'),
    claim('THA', 'b', 'hosts-fronts'),
    claim('IND', 'a', 'operates-from'),
    claim('IND', 'a', 'context'),
    claim('IND', 'a', 'context'),
    claim('PRK', 'a', 'subject'),
  ],
};

const rows = tableRows(indexContent(sample));
const names = (sorted: typeof rows) => sorted.map((r) => r.summary.name);

describe('the rows of the table', () => {
  it('has one row per mentioned country and leaves out the rest', () => {
    expect(names(rows).toSorted()).toEqual(['India', 'New Zealand', 'North Korea', 'Thailand']);
  });

  it('counts each country’s quotes per article', () => {
    const india = rows.find((r) => r.summary.iso3 === 'IND');
    expect([india?.quotesByArticle.get('a'), india?.quotesByArticle.get('b')]).toEqual([3, undefined]);
  });
});

describe('sorting the table', () => {
  it('starts with the most naming articles first, ties broken by name', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual(['New Zealand', 'India', 'Thailand', 'North Korea']);
  });

  it('sorts names A to Z on the first click and Z to A on the second', () => {
    const first = nextSort(DEFAULT_SORT, 'name');
    expect(first).toEqual({ key: 'name', direction: 'ascending' });
    expect(names(sortRows(rows, first))).toEqual(['India', 'New Zealand', 'North Korea', 'Thailand']);
    expect(names(sortRows(rows, nextSort(first, 'name')))).toEqual(['Thailand', 'North Korea', 'New Zealand', 'India']);
  });

  it('sorts counts largest first on the first click', () => {
    expect(nextSort(DEFAULT_SORT, 'quotes').direction).toBe('descending');
    expect(names(sortRows(rows, { key: 'quotes', direction: 'descending' }))).toEqual(['India', 'New Zealand', 'North Korea', 'Thailand']);
  });

  it('flips the direction when the same column is clicked again', () => {
    expect(nextSort(DEFAULT_SORT, 'naming')).toEqual({ key: 'naming', direction: 'ascending' });
  });

  it('sorts by one article’s quotes, counting a missing article as none', () => {
    const sort = { key: articleKey('b'), direction: 'descending' } as const;
    expect(names(sortRows(rows, sort))).toEqual(['New Zealand', 'Thailand', 'India', 'North Korea']);
  });

  it('sorts by one report’s column, the countries it names first, then by name', () => {
    expect(nextSort(DEFAULT_SORT, reportKey('r')).direction).toBe('descending');
    expect(names(sortRows(rows, { key: reportKey('r'), direction: 'descending' }))).toEqual(['India', 'New Zealand', 'Thailand', 'North Korea']);
    expect(names(sortRows(rows, { key: reportKey('other'), direction: 'descending' }))).toEqual(['India', 'New Zealand', 'North Korea', 'Thailand']);
  });

  it('orders what a country is from named, through subject, to context', () => {
    expect(names(sortRows(rows, { key: 'status', direction: 'ascending' })).at(-1)).toBe('North Korea');
  });

  it('keeps ties in name order whichever way the column is sorted', () => {
    const up = names(sortRows(rows, { key: 'naming', direction: 'ascending' }));
    expect(up.slice(0, 2)).toEqual(['North Korea', 'India']);
  });
});
