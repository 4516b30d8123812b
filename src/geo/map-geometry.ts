import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';
import { fitProjection, PROJECTIONS, type ProjectionKind } from './projection.ts';
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
  /** Bounds of the main landmass, leaving out small far-flung islands: what zooming to the country frames. */
  focus: [[number, number], [number, number]];
}

export interface MapGeometry {
  width: number;
  height: number;
  countries: CountryPath[];
  byIso3: ReadonlyMap<string, CountryPath>;
  borders: string;
}

const round = (n: number) => Math.round(n * 10) / 10;
type Box = [[number, number], [number, number]];
const roundBox = ([[x0, y0], [x1, y1]]: Box): Box => [
  [round(x0), round(y0)],
  [round(x1), round(y1)],
];

// New Zealand's Chatham Islands lie across the antimeridian; its box would span the whole map.
const MAIN_PART = 0.1;

/** The parts of a country that make its main landmass: those at least a tenth the area of its largest. */
export function mainLandmass(feature: CountryFeature, area: (part: Polygon) => number): Polygon[] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type !== 'MultiPolygon') return [];
  const parts = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  const areas = parts.map(area);
  const largest = Math.max(...areas);
  return parts.filter((_, i) => (areas[i] ?? 0) >= largest * MAIN_PART);
}

function focusOf(feature: CountryFeature, path: GeoPath): Box {
  if (feature.geometry.type !== 'MultiPolygon') return path.bounds(feature);
  const main = mainLandmass(feature, (part) => path.area(part)).map((part) => path.bounds(part));
  return [
    [Math.min(...main.map((b) => b[0][0])), Math.min(...main.map((b) => b[0][1]))],
    [Math.max(...main.map((b) => b[1][0])), Math.max(...main.map((b) => b[1][1]))],
  ];
}

/** Where the projection sits: enough to project other shapes into the same frame later. */
export interface ProjectionFrame {
  kind: ProjectionKind;
  scale: number;
  translate: [number, number];
}

/** Every path of the map in the frame of an already fitted projection. */
export function projectShapes(shapes: WorldShapes, projection: GeoProjection, width: number, height: number): MapGeometry {
  // One decimal place is finer than a pixel and keeps the paths short.
  const path = geoPath(projection).digits(1);
  const countries = shapes.countries.map((f): CountryPath => {
    const [cx, cy] = path.centroid(f);
    return { iso3: f.id, d: path(f) ?? '', centroid: [round(cx), round(cy)], bounds: roundBox(path.bounds(f)), focus: roundBox(focusOf(f, path)) };
  });
  return { width, height, countries, byIso3: new Map(countries.map((c) => [c.iso3, c])), borders: path(shapes.borders) ?? '' };
}

/** The projection a frame describes. */
export function projectionOf(frame: ProjectionFrame): GeoProjection {
  return PROJECTIONS[frame.kind]().scale(frame.scale).translate(frame.translate);
}

/**
 * Every path of the map, fitted to width × height; computed once per size and projection.
 * `fitTo` fixes the projection to other shapes, so that a more detailed world lines up exactly.
 */
export function makeMapGeometry(shapes: WorldShapes, width: number, height: number, kind: ProjectionKind = 'equalEarth', fitTo: WorldShapes = shapes): MapGeometry {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: fitTo.countries };
  return projectShapes(shapes, fitProjection(kind, collection, width, height), width, height);
}

/** The fitted frame makeMapGeometry uses for these shapes at this size. */
export function frameFor(shapes: WorldShapes, width: number, height: number, kind: ProjectionKind = 'equalEarth'): ProjectionFrame {
  const projection = fitProjection(kind, { type: 'FeatureCollection', features: shapes.countries }, width, height);
  return { kind, scale: projection.scale(), translate: projection.translate() };
}

/** The map's natural width-to-height ratio, for sizing its box before it is drawn. */
export function aspectRatio(shapes: WorldShapes, kind: ProjectionKind = 'equalEarth'): number {
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes.countries };
  const [[x0, y0], [x1, y1]] = geoPath(fitProjection(kind, collection, 1000, 1000, 0)).bounds(collection);
  return (x1 - x0) / (y1 - y0);
}
