import { describe, expect, it } from 'vitest';
import { makeCountryTable, readWorldAtlas } from '../world.ts';
import { countryRecords, makeCountryRecords, type CountryOverrides, type PackageCountry } from './country-records.ts';

const NO_OVERRIDES: CountryOverrides = { names: {}, aliases: {}, demonyms: {}, userAssigned: [] };
const entry = (cca3: string, common: string, more: Partial<PackageCountry> = {}): PackageCountry => ({
  cca2: cca3.slice(0, 2),
  cca3,
  ccn3: '999',
  independent: true,
  name: { common, official: `Republic of ${common}` },
  altSpellings: [],
  ...more,
});

describe('the country table made from the package and the overrides', () => {
  it('shows the override’s name and keeps the package’s as an alias', () => {
    const [civ] = makeCountryRecords([entry('CIV', 'Ivory Coast')], { ...NO_OVERRIDES, names: { CIV: "Côte d'Ivoire" } });
    expect(civ).toMatchObject({ name: "Côte d'Ivoire", aliases: expect.arrayContaining(['Ivory Coast']) });
  });

  it('keeps English spellings and leaves out the package’s names in other languages and scripts', () => {
    const germany = entry('DEU', 'Germany', {
      name: { common: 'Germany', official: 'Federal Republic of Germany', native: { deu: { common: 'Deutschland', official: 'Bundesrepublik Deutschland' } } },
      altSpellings: ['DE', 'Federal Republic of Germany', 'Bundesrepublik Deutschland', 'Германия'],
    });
    expect(makeCountryRecords([germany], NO_OVERRIDES)[0]?.aliases).toEqual(['Federal Republic of Germany']);
  });

  it('gives a user-assigned code to a country the package lists under another, and adds the ones it does not list', () => {
    const userAssigned = [
      { iso3: 'XKX', iso2: 'XK', name: 'Kosovo', topologyName: 'Kosovo', package: 'UNK' },
      { iso3: 'XNC', iso2: null, name: 'Northern Cyprus', topologyName: 'N. Cyprus' },
    ];
    const records = makeCountryRecords([entry('UNK', 'Kosovo', { cca2: 'XK', ccn3: '' })], { ...NO_OVERRIDES, userAssigned });
    expect(records.map((r) => [r.iso3, r.iso2, r.numeric, r.name, r.topologyName])).toEqual([
      ['XKX', 'XK', null, 'Kosovo', 'Kosovo'],
      ['XNC', null, null, 'Northern Cyprus', 'N. Cyprus'],
    ]);
  });

  it('refuses an override for a code the table does not have', () => {
    expect(() => makeCountryRecords([entry('KEN', 'Kenya')], { ...NO_OVERRIDES, aliases: { KEY: ['Kenia'] } })).toThrow(/KEY/);
  });
});

describe('the atlas’s country table', () => {
  const countries = makeCountryTable(readWorldAtlas('110m'));
  const byCode = new Map(countries.map((c) => [c.iso3, c]));
  const ownerOf = (name: string) => countries.filter((c) => [c.name, ...c.aliases].some((a) => a.toLowerCase() === name.toLowerCase())).map((c) => c.iso3);

  it('shows plain names rather than formal ones', () => {
    expect(['PRK', 'KOR', 'GBR', 'USA', 'CIV', 'COD'].map((code) => byCode.get(code)?.name)).toEqual([
      'North Korea',
      'South Korea',
      'United Kingdom',
      'United States',
      "Côte d'Ivoire",
      'DR Congo',
    ]);
  });

  it('gives the user-assigned codes to the features with no ISO code', () => {
    expect(['XKX', 'XNC', 'XSL', 'XSG', 'XIO'].map((code) => byCode.get(code)?.name)).toEqual([
      'Kosovo',
      'Northern Cyprus',
      'Somaliland',
      'Siachen Glacier (disputed)',
      'Australian Indian Ocean Territories',
    ]);
    expect(countryRecords().find((r) => r.iso3 === 'UNK')).toBeUndefined();
  });

  it('accepts the aliases links use, each for one country', () => {
    expect(['DPRK', 'new zealand', 'Aotearoa', 'U.K.', 'Britain', 'America', 'Burma', 'Turkey'].map(ownerOf)).toEqual([
      ['PRK'],
      ['NZL'],
      ['NZL'],
      ['GBR'],
      ['GBR'],
      ['USA'],
      ['MMR'],
      ['TUR'],
    ]);
    expect(byCode.get('NZL')?.iso2).toBe('NZ');
  });

  it('gives no country a name that fits several, so a link with one offers them all', () => {
    expect(['Korea', 'Congo'].map(ownerOf)).toEqual([[], []]);
  });
});
