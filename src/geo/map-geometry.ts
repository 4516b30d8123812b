import { geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { fitProjection, type ProjectionKind } from './projection.ts';
import type { CountryFeature } from './topology.ts';

export interface WorldShapes {
  /** Countries as drawn; Antarctica is left out (see world.ts). */
  countries: CountryFeature[];
  borders: MultiLineString;
}

export interface CountryPath {
  iso3: string;
  d: string;
  centroid: [number, number];
  bounds: [[number, number], [number, number]];
}

export interface MapGeometry {
  width: number;
  height: number;
  countries: CountryPath[];
  byIso3: ReadonlyMap<string, CountryPath>;
  borders: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Every path of the map, fitted to width × height; computed once per size and projection. */
export function makeMapGeometry(shapes: WorldShapes, width: number, height: number, kind: ProjectionKind = 'equalEarth'): MapGeometry {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes.countries };
  const projection = fitProjection(kind, collection, width, height);
  // One decimal place is finer than a pixel and keeps the paths short.
  const path = geoPath(projection).digits(1);
  const countries = shapes.countries.map((f): CountryPath => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const [cx, cy] = path.centroid(f);
    return {
      iso3: f.id,
      d: path(f) ?? '',
      centroid: [round(cx), round(cy)],
      bounds: [
        [round(x0), round(y0)],
        [round(x1), round(y1)],
      ],
    };
  });
  return { width, height, countries, byIso3: new Map(countries.map((c) => [c.iso3, c])), borders: path(shapes.borders) ?? '' };
}

/** The map's natural width-to-height ratio, for sizing its box before it is drawn. */
export function aspectRatio(shapes: WorldShapes, kind: ProjectionKind = 'equalEarth'): number {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes.countries };
  const [[x0, y0], [x1, y1]] = geoPath(fitProjection(kind, collection, 1000, 1000, 0)).bounds(collection);
  return (x1 - x0) / (y1 - y0);
}
