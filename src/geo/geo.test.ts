import { describe, expect, it } from 'vitest';
import fixture from './test-data/three-countries.json' with { type: 'json' };
import { aspectRatio, makeMapGeometry } from './map-geometry.ts';
import { fitProjection, PROJECTIONS } from './projection.ts';
import { nearestInDirection } from './neighbours.ts';
import { toBorders, toCoastline, toFeatures, type CountriesTopology } from './topology.ts';

// Three countries: AAA and BBB side by side under CCC, 10° squares near 0°N 0°E.
const topology = fixture as unknown as CountriesTopology;
const shapes = { countries: toFeatures(topology), borders: toBorders(topology) };
const close = (actual: number, expected: number, delta = 0.5) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(delta);

describe('topology helpers', () => {
  it('toFeatures gives one feature per country, keyed by its id', () => {
    expect(shapes.countries.map((f) => f.id)).toEqual(['AAA', 'BBB', 'CCC']);
  });

  const points = (lines: { coordinates: number[][][] }) => new Set(lines.coordinates.flat().map((p) => p.join(',')));

  it('toBorders keeps only the arcs two countries share', () => {
    expect([...points(shapes.borders)].sort()).toEqual(['0,10', '10,0', '10,10', '20,10']);
  });

  it('toCoastline keeps only the arcs of one country', () => {
    const coast = points(toCoastline(topology));
    expect(['0,0', '20,0', '0,20', '20,20'].every((p) => coast.has(p))).toBe(true);
    expect(coast.has('10,10')).toBe(false);
  });
});

describe('fitted map geometry', () => {
  it('every projection in the table fits the countries inside the padded extent', () => {
    for (const kind of Object.keys(PROJECTIONS) as (keyof typeof PROJECTIONS)[]) {
      const g = makeMapGeometry(shapes, 400, 200, kind);
      const xs = g.countries.flatMap((c) => [c.bounds[0][0], c.bounds[1][0]]);
      const ys = g.countries.flatMap((c) => [c.bounds[0][1], c.bounds[1][1]]);
      // The limiting dimension touches the padding; the other is centred.
      close(Math.min(...ys), 8);
      close(Math.max(...ys), 192);
      close(Math.min(...xs) + Math.max(...xs), 400);
    }
  });

  it('gives each country a path and a centroid inside its bounds', () => {
    const g = makeMapGeometry(shapes, 400, 200);
    for (const c of g.countries) {
      expect(c.d).toMatch(/^M[\d.,-]+L/);
      expect(c.centroid[0]).toBeGreaterThan(c.bounds[0][0]);
      expect(c.centroid[0]).toBeLessThan(c.bounds[1][0]);
    }
    expect(g.byIso3.get('CCC')?.bounds[0][1]).toBeLessThan(g.byIso3.get('AAA')!.bounds[0][1]);
  });

  it('draws the shared borders as one path, apart from the country shapes', () => {
    const g = makeMapGeometry(shapes, 400, 200);
    expect(g.borders).toMatch(/^M/);
    expect(g.countries.map((c) => c.d)).not.toContain(g.borders);
  });

  it('aspectRatio is the fitted map’s width over its height', () => {
    const ratio = aspectRatio(shapes);
    const g = makeMapGeometry(shapes, 1000, 1000 / ratio, 'equalEarth');
    const xs = g.countries.flatMap((c) => [c.bounds[0][0], c.bounds[1][0]]);
    close(Math.max(...xs) - Math.min(...xs), 1000 - 16, 1);
  });

  it('fitProjection never lets the padding exceed a quarter of a tiny box', () => {
    const p = fitProjection('equalEarth', { type: 'Sphere' }, 20, 20, 8);
    const [x, y] = p([0, 0]) ?? [NaN, NaN];
    close(x, 10);
    close(y, 10);
  });
});

describe('moving between countries with the arrow keys', () => {
  const g = makeMapGeometry(shapes, 400, 200);
  const at = (iso3: string) => g.byIso3.get(iso3)!;
  it('right of AAA is BBB, and left of BBB is AAA', () => {
    expect(nearestInDirection(g.countries, at('AAA'), 'right')?.iso3).toBe('BBB');
    expect(nearestInDirection(g.countries, at('BBB'), 'left')?.iso3).toBe('AAA');
  });

  it('up from either lower country is CCC, and down from CCC is one of them', () => {
    expect(nearestInDirection(g.countries, at('AAA'), 'up')?.iso3).toBe('CCC');
    expect(['AAA', 'BBB']).toContain(nearestInDirection(g.countries, at('CCC'), 'down')?.iso3);
  });

  it('there is nothing further in a direction with no country', () => {
    expect(nearestInDirection(g.countries, at('AAA'), 'left')).toBeUndefined();
    expect(nearestInDirection(g.countries, at('CCC'), 'up')).toBeUndefined();
  });
});
