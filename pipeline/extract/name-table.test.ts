import { describe, expect, it } from 'vitest';
import { makeCountryRecords, type CountryOverrides, type PackageCountry } from '../countries/country-records.ts';
import { buildNameTable as fromRecords, pluralOf } from './name-table.ts';

const NO_OVERRIDES: CountryOverrides = { names: {}, aliases: {}, demonyms: {}, userAssigned: [] };
/** A world-countries entry, as the one country table reads it. */
const record = (cca3: string, common: string, altSpellings: string[], demonym = '', independent = true): PackageCountry => ({
  cca2: '',
  cca3,
  ccn3: '',
  independent,
  name: { common, official: `Republic of ${common}` },
  altSpellings,
  demonyms: { eng: { m: demonym, f: demonym } },
});
const buildNameTable = (entries: PackageCountry[], overrides = NO_OVERRIDES) => fromRecords(makeCountryRecords(entries, overrides));
const countryOf = (entries: PackageCountry[], name: string) => buildNameTable(entries).find((e) => e.name === name)?.country;

describe('building the name table', () => {
  it('keeps only Latin-script alternative spellings', () => {
    const table = buildNameTable([record('IND', 'India', ['Bhārat', 'இந்தியா'])]);
    expect(table.map((e) => e.name)).toContain('Bhārat');
    expect(table.map((e) => e.name)).not.toContain('இந்தியா');
  });

  it('keeps the well-known two-letter abbreviations and drops the other two-letter codes', () => {
    const table = buildNameTable([record('USA', 'United States', ['US']), record('ITA', 'Italy', ['IT'])]);
    expect(table.map((e) => e.name)).toContain('US');
    expect(table.map((e) => e.name)).not.toContain('IT');
  });

  it('drops inverted index forms such as "Korea, Republic of"', () => {
    expect(countryOf([record('KOR', 'South Korea', ['Korea, Republic of'])], 'Korea, Republic of')).toBeUndefined();
  });

  it('drops a demonym two sovereign states share, as Dominican is for Dominica and the Dominican Republic', () => {
    const records = [record('DMA', 'Dominica', [], 'Dominican'), record('DOM', 'Dominican Republic', [], 'Dominican')];
    expect(countryOf(records, 'Dominican')).toBeUndefined();
    expect(countryOf(records, 'Dominican Republic')).toBe('DOM');
  });

  it('gives a shared demonym to the one sovereign state among its owners', () => {
    const records = [record('FRA', 'France', [], 'French'), record('ATF', 'French Southern Lands', [], 'French', false)];
    expect(countryOf(records, 'French')).toBe('FRA');
  });

  it('adds typographic-apostrophe twins of names with apostrophes', () => {
    expect(countryOf([record('CHN', 'China', ["People's Republic of China"])], 'People’s Republic of China')).toBe('CHN');
  });

  it('uses the atlas code XKX for Kosovo, which world-countries calls UNK', () => {
    const overrides = { ...NO_OVERRIDES, userAssigned: [{ iso3: 'XKX', iso2: 'XK', name: 'Kosovo', topologyName: 'Kosovo', package: 'UNK' }] };
    expect(buildNameTable([record('UNK', 'Kosovo', [])], overrides).find((e) => e.name === 'Kosovo')?.country).toBe('XKX');
  });

  it('takes the extra aliases and demonyms of the overrides, which the package lacks', () => {
    const overrides = { ...NO_OVERRIDES, aliases: { GBR: ['U.K.'] }, demonyms: { GBR: ['Briton'] } };
    const table = buildNameTable([record('GBR', 'United Kingdom', ['UK'], 'British')], overrides);
    expect(['U.K.', 'Briton', 'Britons', 'British'].map((name) => table.find((e) => e.name === name)?.country)).toEqual(['GBR', 'GBR', 'GBR', 'GBR']);
  });

  it('marks the explicit exceptions as naming no country', () => {
    expect(countryOf([record('COG', 'Republic of the Congo', ['Congo'])], 'Congo')).toBeNull();
  });

  it('forms plurals of demonyms only where English does', () => {
    expect(['Kenyan', 'Pakistani', 'New Zealander', 'Czech', 'Chinese', 'British', 'French', 'Dutch', 'Swiss'].map(pluralOf)).toEqual([
      'Kenyans',
      'Pakistanis',
      'New Zealanders',
      'Czechs',
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
