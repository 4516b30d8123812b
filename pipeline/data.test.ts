import { describe, expect, it } from 'vitest';
import { loadDataDir } from './load-data-dir.ts';
import { makeCountryTable, readWorldAtlas, slimTopology } from './world.ts';

const atlas = readWorldAtlas('110m');
const countries = makeCountryTable(atlas);
const result = loadDataDir('data', countries);

describe('the shipped data and the world map', () => {
  it('the data verifies against the real country table', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('every feature of the 50m topology gets a code, and features sharing one become one shape', () => {
    const detailed = readWorldAtlas('50m');
    const slim = slimTopology(detailed);
    const codes = slim.objects.countries.geometries.map((g) => String(g.id));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(detailed.objects.countries.geometries.length - 1);
    expect(codes).toEqual(expect.arrayContaining(['XIO', 'XSG', 'SGP']));
    expect(slim.objects.countries.geometries.find((g) => g.id === 'AUS')?.type).toBe('MultiPolygon');
  });

  it('every feature of the topology gets a country code and a name', () => {
    const slim = slimTopology(atlas);
    expect(slim.objects.countries.geometries).toHaveLength(atlas.objects.countries.geometries.length);
    const onMap = new Map(countries.filter((c) => c.onMap).map((c) => [c.iso3, c]));
    for (const g of slim.objects.countries.geometries) {
      expect(String(g.id)).toMatch(/^[A-Z]{3}$/);
      expect(onMap.get(String(g.id))?.name, String(g.id)).toMatch(/\p{L}/u);
    }
  });

  it('features with no ISO code get the user-assigned codes on purpose', () => {
    const byCode = new Map(countries.map((c) => [c.iso3, c]));
    expect(['XKX', 'XNC', 'XSL'].map((c) => byCode.get(c)?.name)).toEqual(['Kosovo', 'Northern Cyprus', 'Somaliland']);
  });

  it('every claimed country is drawn on the map', () => {
    if (!result.ok) throw new Error('data did not verify');
    const drawn = new Set(countries.filter((c) => c.onMap).map((c) => c.iso3));
    expect(result.content.claims.filter((c) => !drawn.has(c.country)).map((c) => c.id)).toEqual([]);
  });

  it('the body of each article leaves its page furniture out', () => {
    if (!result.ok) throw new Error('data did not verify');
    const csi = result.content.articles.find((a) => a.id === 'csi-2017-07');
    const sb = result.content.articles.find((a) => a.id === 'securitybrief-2018-05-07');
    expect(csi?.bodyEnd).toBe(2472); // "…facilitating this activity." ends the body; "You Might Also Read:" follows
    expect(sb?.bodyStart).toBe(13);
  });

  it('names are unambiguous: no alias points at two countries', () => {
    const seen = new Map<string, string>();
    for (const c of countries) {
      for (const a of [c.name, ...c.aliases]) {
        const key = a.toLowerCase();
        expect(seen.get(key) ?? c.iso3, `${a} is claimed by ${seen.get(key)} and ${c.iso3}`).toBe(c.iso3);
        seen.set(key, c.iso3);
      }
    }
  });
});
