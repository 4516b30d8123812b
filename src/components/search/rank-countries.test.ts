import { describe, expect, it } from 'vitest';
import type { CountryInfo } from '../../content/types.ts';
import { hintFor, rankCountries, type SearchSummary } from './rank-countries.ts';

const country = (iso3: string, iso2: string | null, name: string, aliases: string[] = []): CountryInfo => ({ iso3, iso2, name, aliases, onMap: true });

const COUNTRIES: CountryInfo[] = [
  country('NZL', 'NZ', 'New Zealand', ['Aotearoa']),
  country('KEN', 'KE', 'Kenya'),
  country('KOR', 'KR', 'South Korea', ['Korea, Republic of']),
  country('PRK', 'KP', 'North Korea', ["Korea, Democratic People's Republic of"]),
  country('CIV', 'CI', "Côte d'Ivoire", ['Ivory Coast']),
  country('SDN', 'SD', 'Sudan'),
  country('SSD', 'SS', 'South Sudan'),
  country('IND', 'IN', 'India'),
  country('IDN', 'ID', 'Indonesia'),
  country('IOT', 'IO', 'British Indian Ocean Territory'),
  country('NGA', 'NG', 'Nigeria'),
  country('NER', 'NE', 'Niger'),
  country('XKX', null, 'Kosovo'),
];

const named = (n: number, quoteCount = n): SearchSummary => ({ status: 'named', namingCount: n, quoteCount });
const SUMMARIES = new Map<string, SearchSummary>([
  ['NZL', named(3, 9)],
  ['KEN', named(2, 3)],
  ['IND', named(1, 3)],
  ['IDN', named(2, 3)],
  ['PRK', { status: 'subject', namingCount: 0, quoteCount: 6 }],
  ['KOR', { status: 'context', namingCount: 0, quoteCount: 1 }],
]);

const rank = (query: string, limit?: number) => rankCountries(query, COUNTRIES, (iso3) => SUMMARIES.get(iso3), limit).map((o) => o.iso3);

describe('ranking countries for the search box', () => {
  it('an empty or blank query offers nothing', () => {
    expect(rank('')).toEqual([]);
    expect(rank('   ')).toEqual([]);
    expect(rank('--')).toEqual([]);
  });

  it('a name matches from the start of any of its words, whatever the case', () => {
    expect(rank('KENYA')).toEqual(['KEN']);
    expect(rank('zeal')).toEqual(['NZL']);
    expect(rank('new ze')).toEqual(['NZL']);
    expect(rank('ealand')).toEqual([]);
  });

  it('accents and punctuation are folded away', () => {
    expect(rank('cote d ivoire')).toEqual(['CIV']);
    expect(rank("Côte-d'Iv")).toEqual(['CIV']);
    expect(rank('ivoire')).toEqual(['CIV']);
  });

  it('aliases match as names do', () => {
    expect(rank('aotearoa')).toEqual(['NZL']);
    expect(rank('ivory')).toEqual(['CIV']);
  });

  it('alpha-2 and alpha-3 codes match only exactly', () => {
    expect(rank('nz')).toEqual(['NZL']);
    expect(rank('NZL')).toEqual(['NZL']);
    expect(rank('ke')).toEqual(['KEN']);
    expect(rank('ken')).toEqual(['KEN']);
    expect(rank('xkx')).toEqual(['XKX']);
  });

  it('named countries come first, most-cited first, then the subject, context and the rest', () => {
    expect(rank('korea')).toEqual(['PRK', 'KOR']);
    expect(rank('ind')).toEqual(['IND', 'IDN', 'IOT']);
    expect(rank('in')).toEqual(['IND', 'IDN', 'IOT']);
    expect(rank('k')).toEqual(['KEN', 'PRK', 'KOR', 'XKX']);
    expect(rank('i')).toEqual(['IDN', 'IND', 'IOT', 'CIV']);
  });

  it('countries the articles do not name are listed alphabetically', () => {
    expect(rank('nig')).toEqual(['NER', 'NGA']);
    expect(rank('south')).toEqual(['KOR', 'SSD']);
  });

  it('within a group, a country whose name is exactly what was typed leads', () => {
    expect(rank('sudan')).toEqual(['SDN', 'SSD']);
    expect(rank('niger')).toEqual(['NER', 'NGA']);
  });

  it('offers at most eight countries, or the limit given', () => {
    const many = Array.from({ length: 20 }, (_, i) => country(`A${String(i).padStart(2, '0')}`, null, `Land ${i}`));
    expect(rankCountries('land', many, () => undefined)).toHaveLength(8);
    expect(rank('i', 2)).toEqual(['IDN', 'IND']);
  });

  it('each option carries its name and a hint about how the articles treat it', () => {
    expect(rankCountries('kenya', COUNTRIES, (iso3) => SUMMARIES.get(iso3))).toEqual([{ iso3: 'KEN', name: 'Kenya', status: 'named', hint: 'named by 2 articles' }]);
  });
});

describe('the hint beside each option', () => {
  it('counts the articles that name the country, in the singular for one', () => {
    expect(hintFor(named(3))).toBe('named by 3 articles');
    expect(hintFor(named(1))).toBe('named by 1 article');
  });

  it('says when the country is the subject, context only or not named', () => {
    expect(hintFor({ status: 'subject', namingCount: 0, quoteCount: 2 })).toBe('the subject');
    expect(hintFor({ status: 'context', namingCount: 0, quoteCount: 2 })).toBe('context only');
    expect(hintFor({ status: 'none', namingCount: 0, quoteCount: 0 })).toBe('not named');
  });
});
