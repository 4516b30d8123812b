import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../extract/country-names.ts';
import { compileNames, findMentions } from '../extract/find-mentions.ts';
import { makeCountryTable, readWorldAtlas, slimTopology } from '../world.ts';

const countries = makeCountryTable(readWorldAtlas('110m'));
const matcher = compileNames(COUNTRY_NAMES);
const found = (text: string) => findMentions(text, { start: 0, end: text.length }, matcher).map((m) => `${m.text}=${m.country}`);

describe('one country table for the map, the lookup and the extractor', () => {
  it('the extractor and the map agree on every country code and name: one table', () => {
    const codes = new Set(countries.map((c) => c.iso3));
    expect(COUNTRY_NAMES.filter((e) => e.country !== null && !codes.has(e.country))).toEqual([]);
    expect(countries.filter((c) => found(c.name).join() !== `${c.name}=${c.iso3}`).map((c) => `${c.name}: ${found(c.name).join()}`)).toEqual([]);
    const owner = new Map(countries.flatMap((c) => [c.name, ...c.aliases].map((name) => [name, c.iso3] as const)));
    expect(COUNTRY_NAMES.filter((e) => e.country !== null && owner.has(e.name) && owner.get(e.name) !== e.country)).toEqual([]);
  });

  it('the map draws every feature under a code of the table', () => {
    const codes = new Set(countries.map((c) => c.iso3));
    const drawn = slimTopology(readWorldAtlas('50m')).objects.countries.geometries.map((g) => String(g.id));
    expect(drawn.filter((code) => !codes.has(code))).toEqual([]);
  });
});
