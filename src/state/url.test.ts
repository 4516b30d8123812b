import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCountryLookup } from './country-lookup.ts';
import { decodeUrl, encodeUrl, type UrlState } from './url.ts';

const countries = [
  { iso3: 'NZL', iso2: 'NZ', name: 'New Zealand', aliases: ['Aotearoa'], onMap: true },
  { iso3: 'THA', iso2: 'TH', name: 'Thailand', aliases: [], onMap: true },
  { iso3: 'CIV', iso2: 'CI', name: "Côte d'Ivoire", aliases: ['Ivory Coast'], onMap: true },
  { iso3: 'PRK', iso2: 'KP', name: 'North Korea', aliases: ['DPRK'], onMap: true },
  { iso3: 'KOR', iso2: 'KR', name: 'South Korea', aliases: ['Korea, Republic of'], onMap: true },
];
const decode = (search: string) => decodeUrl(search, makeCountryLookup(countries));

describe('reading the view from a URL', () => {
  it('an empty search is the overview, with no notice', () => {
    expect(decode('')).toEqual({ state: { country: null }, notices: [] });
    expect(decode('?country=')).toEqual({ state: { country: null }, notices: [] });
  });

  it.each([
    ['?country=NZL', 'NZL'],
    ['?country=nzl', 'NZL'],
    ['?country=nz', 'NZL'],
    ['?country=New+Zealand', 'NZL'],
    ['?country=new%20zealand', 'NZL'],
    ['?country=NEW-ZEALAND', 'NZL'],
    ['?country=aotearoa', 'NZL'],
    ['?country=cote%20d%E2%80%99ivoire', 'CIV'],
    ['?country=DPRK', 'PRK'],
    ['?country=%20THA%20', 'THA'],
  ])('%s selects %s', (search, iso3) => {
    expect(decode(search)).toEqual({ state: { country: iso3 }, notices: [] });
  });

  it('an unknown country shows the overview and a notice naming what was not found', () => {
    expect(decode('?country=nowhere')).toEqual({
      state: { country: null },
      notices: [{ message: 'No country matches “nowhere”. Showing the whole map instead.', suggestions: [] }],
    });
  });

  it('a name that fits several countries suggests them', () => {
    expect(decode('?country=korea')).toEqual({
      state: { country: null },
      notices: [{ message: 'No country is called “korea” exactly. Showing the whole map; did you mean one of these?', suggestions: ['PRK', 'KOR'] }],
    });
  });

  it('suggests only on whole words of three letters or more', () => {
    expect(decode('?country=kore').notices[0]?.suggestions).toEqual([]);
    expect(decode('?country=ea').notices[0]?.suggestions).toEqual([]);
    expect(decode('?country=zealand').notices[0]?.suggestions).toEqual(['NZL']);
  });

  it('a huge value is cut short in the notice', () => {
    const { notices } = decode(`?country=${'x'.repeat(5000)}`);
    expect(notices[0]!.message.length).toBeLessThan(120);
  });

  it('never throws, and always yields a known country or none, whatever the search string', () => {
    const known = new Set(countries.map((c) => c.iso3));
    const search = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.webQueryParameters().map((q) => `?${q}`),
      fc.string().map((s) => `?country=${s}`),
      fc.constantFrom('?country=%', '?country=%E0%A4%A', '?__proto__=x&country=constructor', '?country=toString', '?country=NZL&country=THA'),
    );
    fc.assert(
      fc.property(search, (s) => {
        const { state, notices } = decode(s);
        expect(state.country === null || known.has(state.country)).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every view: decode(encode(state)) is the state', () => {
    const state = fc.record({ country: fc.option(fc.constantFrom(...countries.map((c) => c.iso3)), { nil: null }) });
    fc.assert(
      fc.property(state, (s: UrlState) => {
        expect(decode(encodeUrl(s))).toEqual({ state: s, notices: [] });
      }),
    );
  });

  it('writes readable parameters and leaves defaults out', () => {
    expect(encodeUrl({ country: null })).toBe('');
    expect(encodeUrl({ country: 'NZL' })).toBe('?country=NZL');
  });
});
