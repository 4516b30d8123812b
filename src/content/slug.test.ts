import { describe, expect, it } from 'vitest';
import { makeCountryPages, slugOf } from './slug.ts';

describe('a country page’s address', () => {
  it('is the English name in lower-case ASCII, words joined by hyphens', () => {
    expect(['New Zealand', 'North Korea', 'United States', "Côte d'Ivoire", 'Curaçao', 'Guinea-Bissau', 'Saint Kitts and Nevis', 'Åland Islands'].map(slugOf)).toEqual([
      'new-zealand',
      'north-korea',
      'united-states',
      'cote-d-ivoire',
      'curacao',
      'guinea-bissau',
      'saint-kitts-and-nevis',
      'aland-islands',
    ]);
  });

  it('reads back to its country, and is unique even when two names make the same slug', () => {
    const pages = makeCountryPages([
      { iso3: 'NZL', name: 'New Zealand' },
      { iso3: 'AAA', name: 'Same Name' },
      { iso3: 'BBB', name: 'Same  name!' },
      { iso3: 'CCC', name: '中国' },
    ]);
    expect(['NZL', 'AAA', 'BBB', 'CCC'].map(pages.slugOf)).toEqual(['new-zealand', 'same-name-aaa', 'same-name-bbb', 'ccc']);
    expect(['new-zealand', 'same-name-aaa', 'same-name-bbb', 'ccc', 'same-name', 'nowhere'].map(pages.countryOf)).toEqual(['NZL', 'AAA', 'BBB', 'CCC', undefined, undefined]);
    expect(pages.slugOf('FRA')).toBeUndefined();
  });
});
