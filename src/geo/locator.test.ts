import { geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { locatorProjection, makeLocatorMap, nearLandmass } from './locator.ts';
import { frameFor, makeMapGeometry, mainLandmass } from './map-geometry.ts';
import fixture from './test-data/three-countries.json' with { type: 'json' };
import { toBorders, toFeatures, type CountriesTopology, type CountryFeature } from './topology.ts';

// Three countries: AAA and BBB side by side under CCC, 10° squares near 0°N 0°E.
const topology = fixture as unknown as CountriesTopology;
const shapes = { countries: toFeatures(topology), borders: toBorders(topology) };
const frame = frameFor(shapes, 600, 300);

/** A square `size` degrees across with its south-west corner at lon, lat; wound as d3-geo reads the inside. */
const square = (lon: number, lat: number, size: number): Polygon['coordinates'] => [
  [
    [lon, lat],
    [lon, lat + size],
    [lon + size, lat + size],
    [lon + size, lat],
    [lon, lat],
  ],
];
const country = (id: string, ...parts: Polygon['coordinates'][]): CountryFeature => ({ type: 'Feature', id, properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } });

/** The bounding box of a path as d3-geo writes it, absolute M/L commands. */
function boxOf(d: string): [[number, number], [number, number]] {
  const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

describe('the main landmass of a country', () => {
  it('keeps the parts at least a tenth the size of the largest', () => {
    const c = country('XXX', square(0, 0, 10), square(12, 0, 4), square(12, 6, 2));
    expect(mainLandmass(c, (p) => geoPath().area(p))).toHaveLength(2);
  });

  it('for a close-up, leaves out large parts far away, as Alaska is from the rest of the United States', () => {
    const c = country('XXX', square(0, 0, 10), square(60, 0, 6), square(18, 0, 6));
    expect(nearLandmass(c).coordinates.map((p) => p[0]?.[0])).toEqual([
      [0, 0],
      [18, 0],
    ]);
  });
});

describe('a close-up of one country', () => {
  const locator = makeLocatorMap(shapes.countries, 'AAA', 400, 300, frame)!;

  it('puts the country in the middle and fills about half the view with it', () => {
    const [[x0, y0], [x1, y1]] = boxOf(locator.countries.find((c) => c.iso3 === 'AAA')!.d);
    expect((x0 + x1) / 2).toBeCloseTo(200, 0);
    expect((y0 + y1) / 2).toBeCloseTo(150, 0);
    // The limiting side fills 55% of the view, less than a pixel either way.
    expect(y1 - y0).toBeGreaterThan(0.55 * 300 - 1);
    expect(y1 - y0).toBeLessThan(0.55 * 300 + 1);
  });

  it('shows its neighbours, clipped to the view', () => {
    expect(locator.countries.map((c) => c.iso3)).toEqual(['AAA', 'BBB', 'CCC']);
    for (const c of locator.countries) {
      const [[x0, y0], [x1, y1]] = boxOf(c.d);
      expect([x0, y0]).toEqual([Math.max(x0, 0), Math.max(y0, 0)]);
      expect([x1, y1]).toEqual([Math.min(x1, 400), Math.min(y1, 300)]);
    }
  });

  it('does not blow a small country up past a recognisable region', () => {
    const tiny = country('TNY', square(5, 5, 0.2));
    const projection = locatorProjection(tiny, 400, 300);
    const [[x0], [x1]] = geoPath(projection).bounds(tiny);
    // At least 14° across the view: 0.2° is at most 1/70 of its width.
    expect(x1 - x0).toBeLessThanOrEqual(400 / 70 + 0.1);
  });

  it('marks the area it shows on the world map, around the country as the world map draws it', () => {
    const world = makeMapGeometry(shapes, 600, 300).byIso3.get('AAA')!;
    const [[ax0, ay0], [ax1, ay1]] = boxOf(locator.area);
    expect(ax0).toBeLessThan(world.bounds[0][0]);
    expect(ay0).toBeLessThan(world.bounds[0][1]);
    expect(ax1).toBeGreaterThan(world.bounds[1][0]);
    expect(ay1).toBeGreaterThan(world.bounds[1][1]);
    // A ring around the country, not the rest of the globe: the country is 55% of its height.
    const height = world.bounds[1][1] - world.bounds[0][1];
    expect((ay1 - ay0) * 0.55).toBeGreaterThan(height * 0.9);
    expect((ay1 - ay0) * 0.55).toBeLessThan(height * 1.1);
  });

  it('is null for a country it does not have', () => {
    expect(makeLocatorMap(shapes.countries, 'ZZZ', 400, 300, frame)).toBeNull();
  });
});
