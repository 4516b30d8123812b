import { describe, expect, it } from 'vitest';
import { expandPath } from '../src/geo/compact-path.ts';
import { projectionOf, projectShapes } from '../src/geo/map-geometry.ts';
import type { CountriesTopology } from '../src/geo/topology.ts';
import { makeMapOutline, toShapes } from './map-outline.ts';
import { readWorldAtlas, slimTopology } from './world.ts';

const world = (resolution: '110m' | '50m') => slimTopology(readWorldAtlas(resolution)) as unknown as CountriesTopology;
const outline = makeMapOutline(world('110m'));

describe('the map outline projected at build time', () => {
  it('has every country of the 110m world but Antarctica', () => {
    const ids = outline.countries.map((c) => c.iso3);
    expect(ids).toContain('NZL');
    expect(ids).not.toContain('ATA');
    expect(ids.length).toBe(toShapes(world('110m')).countries.length);
  });

  it('keeps every point of every path inside the map', () => {
    for (const c of outline.countries) {
      const points = expandPath(c.d).flat();
      expect(points.length, c.iso3).toBeGreaterThan(2);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(outline.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(outline.height);
      }
    }
  });

  it('puts the 1:50m world, projected later from its frame, on top of the same places', () => {
    const detail = projectShapes(toShapes(world('50m')), projectionOf(outline.frame), outline.width, outline.height);
    for (const iso3 of ['NZL', 'MOZ', 'FRA', 'PRK']) {
      const coarse = outline.countries.find((c) => c.iso3 === iso3)!;
      const fine = detail.byIso3.get(iso3)!;
      expect(Math.hypot(fine.centroid[0] - coarse.centroid[0], fine.centroid[1] - coarse.centroid[1]), iso3).toBeLessThan(outline.width / 200);
    }
  });
});
