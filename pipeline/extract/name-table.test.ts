import { describe, expect, it } from 'vitest';
import { buildNameTable, pluralOf, type CountryRecord } from './name-table.ts';

const record = (cca3: string, common: string, altSpellings: string[], demonym = '', independent = true): CountryRecord => ({
  cca3,
  independent,
  name: { common, official: `Republic of ${common}` },
  altSpellings,
  demonyms: { eng: { m: demonym, f: demonym } },
});
const countryOf = (records: CountryRecord[], name: string) => buildNameTable(records).find((e) => e.name === name)?.country;

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
    expect(countryOf([record('UNK', 'Kosovo', [])], 'Kosovo')).toBe('XKX');
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
