import { geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { locatorProjection, makeLocatorMap, nearLandmass, toLocatorShapes } from './locator.ts';
import { frameFor, makeMapGeometry, mainLandmass } from './map-geometry.ts';
import fixture from './test-data/three-countries.json' with { type: 'json' };
import { toBorders, toFeatures, type CountriesTopology, type CountryFeature } from './topology.ts';

// Three countries: AAA and BBB side by side under CCC, 10° squares near 0°N 0°E.
const topology = fixture as unknown as CountriesTopology;
const shapes = { countries: toFeatures(topology), borders: toBorders(topology) };
const frame = frameFor(shapes, 600, 300);
const locatorShapes = toLocatorShapes(shapes.countries);

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
  const locator = makeLocatorMap(locatorShapes, 'AAA', 400, 300, frame)!;

  it('puts the country in the middle, leaving most of the view to its region', () => {
    const [[x0, y0], [x1, y1]] = boxOf(locator.countries.find((c) => c.iso3 === 'AAA')!.d);
    expect((x0 + x1) / 2).toBeCloseTo(200, 0);
    expect((y0 + y1) / 2).toBeCloseTo(150, 0);
    // The limiting side fills 40% of the view, less than a pixel either way.
    expect(y1 - y0).toBeGreaterThan(0.4 * 300 - 1);
    expect(y1 - y0).toBeLessThan(0.4 * 300 + 1);
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

  it('rings where it lies on the world map: around the country as the world map draws it, about as wide as its view', () => {
    const world = makeMapGeometry(shapes, 600, 300).byIso3.get('AAA')!;
    const { x, y, r } = locator.mark;
    expect(x).toBeCloseTo(world.centroid[0], -1);
    expect(y).toBeCloseTo(world.centroid[1], -1);
    // The view is as tall as the country over 40%: its inscribed circle's radius, half that.
    const height = world.bounds[1][1] - world.bounds[0][1];
    expect(r).toBeGreaterThan((height / 0.4 / 2) * 0.9);
    expect(r).toBeLessThan((height / 0.4 / 2) * 1.1);
  });

  it('leaves out the parts of countries far out of view', () => {
    const far = country('FAR', square(0, 0, 10), square(120, 0, 10));
    const near = makeLocatorMap(toLocatorShapes([far]), 'FAR', 400, 300, frame)!;
    expect(near.countries).toHaveLength(1);
    // One ring: the part at 120°E is not drawn, not even clipped to nothing.
    expect(near.countries[0]?.d.match(/M/g)).toHaveLength(1);
  });

  it('draws a coast finer than its pixels with about a point per pixel, keeping the ends of each line', () => {
    // A 10° square whose south side has a point every 0.001°: ten thousand points in some 160 units.
    const fine: Polygon['coordinates'] = [[[0, 0], [0, 10], [10, 10], ...Array.from({ length: 10_001 }, (_, i) => [10 - i / 1000, 0])]];
    const close = makeLocatorMap(toLocatorShapes([country('FIN', fine)]), 'FIN', 400, 300, frame)!;
    const points = close.countries[0]?.d.match(/[ML]/g)?.length ?? 0;
    expect(points).toBeGreaterThan(4);
    expect(points).toBeLessThan(700);
  });

  it('spots a country too small to see, and each of an archipelago’s clusters once', () => {
    const islets = country('ISL', square(0, 0, 0.05), square(0.1, 0, 0.05), square(4, 4, 0.05));
    const close = makeLocatorMap(toLocatorShapes([islets]), 'ISL', 400, 300, frame)!;
    // The first two lie a few pixels apart: one spot for both.
    expect(close.spots).toHaveLength(2);
    expect(locator.spots).toEqual([]);
  });

  it('is null for a country it does not have', () => {
    expect(makeLocatorMap(locatorShapes, 'ZZZ', 400, 300, frame)).toBeNull();
  });
});
