// A close-up of one country and its neighbours, for a picture where the world map alone would
// show it as a speck (New Zealand, Kenya): projected around the country itself, so that it keeps
// its shape wherever it lies, and framed on its main landmass as zooming to it is.
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { mainLandmass, projectionOf, type ProjectionFrame } from './map-geometry.ts';
import type { CountryFeature } from './topology.ts';

export interface LocatorMap {
  width: number;
  height: number;
  /** Every country in view, clipped to it, in the close-up's pixels. */
  countries: { iso3: string; d: string }[];
  /** The area in view, as a path in the units of the world map whose frame was given: to mark it there. */
  area: string;
}

// Parts farther than this from the largest (Alaska, French Guiana) are left to the world map: a
// close-up spanning them would show mostly sea. Indonesia's Papua, some 24° from Borneo, stays.
const NEAR = (30 * Math.PI) / 180;
// The main landmass fills at most this share of the close-up's width and height; the rest is its region.
const FILL = 0.55;
// A small country is shown over at least this many degrees across, so that its region is recognisable.
const MIN_SPAN = 14;
const SAMPLES = 12;

/** The main landmass, less parts far from its largest one. */
export function nearLandmass(feature: CountryFeature): MultiPolygon {
  const parts = mainLandmass(feature, geoArea);
  const largest = parts.reduce<Polygon | undefined>((a, b) => (a && geoArea(a) >= geoArea(b) ? a : b), undefined);
  if (!largest) return { type: 'MultiPolygon', coordinates: [] };
  const centre = geoCentroid(largest);
  const near = parts.filter((part) => geoDistance(geoCentroid(part), centre) <= NEAR);
  return { type: 'MultiPolygon', coordinates: near.map((p) => p.coordinates) };
}

/** An equal-area projection centred on the country, its main landmass filling the middle of width × height. */
export function locatorProjection(feature: CountryFeature, width: number, height: number): GeoProjection {
  const land = nearLandmass(feature);
  const [lon, lat] = geoCentroid(land);
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]).clipAngle(90);
  const [mx, my] = [(width * (1 - FILL)) / 2, (height * (1 - FILL)) / 2];
  projection.fitExtent(
    [
      [mx, my],
      [width - mx, height - my],
    ],
    land,
  );
  // Near its centre the projection draws one radian as `scale` pixels.
  const widest = width / ((MIN_SPAN * Math.PI) / 180);
  if (projection.scale() > widest) projection.scale(widest);
  const [[x0, y0], [x1, y1]] = geoPath(projection.translate([0, 0])).bounds(land);
  return projection.translate([(width - x0 - x1) / 2, (height - y0 - y1) / 2]).clipExtent([
    [0, 0],
    [width, height],
  ]);
}

/** The outline of the close-up's rectangle on the globe, as a ring around the area it shows. */
function areaInView(projection: GeoProjection, width: number, height: number): Polygon | null {
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const ring: Position[] = [];
  for (const [i, [x0, y0]] of corners.entries()) {
    const [x1, y1] = corners[(i + 1) % corners.length] as [number, number];
    for (let s = 0; s < SAMPLES; s++) {
      const point = projection.invert?.([x0 + ((x1 - x0) * s) / SAMPLES, y0 + ((y1 - y0) * s) / SAMPLES]);
      if (!point || !point.every(Number.isFinite)) return null;
      ring.push(point);
    }
  }
  ring.push(ring[0] as Position);
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  // d3-geo reads a ring's winding as which side is inside: the wrong way round is the rest of the globe.
  return geoArea(polygon) > 2 * Math.PI ? { type: 'Polygon', coordinates: [ring.reverse()] } : polygon;
}

/**
 * The close-up of `iso3` at width × height, from the given countries (the detailed world, for crisp
 * coasts), with its area marked in the units of the world map drawn in `world`. Null if the country
 * is not among them.
 */
export function makeLocatorMap(countries: readonly CountryFeature[], iso3: string, width: number, height: number, world: ProjectionFrame): LocatorMap | null {
  const feature = countries.find((f) => f.id === iso3);
  if (!feature) return null;
  const projection = locatorProjection(feature, width, height);
  const path = geoPath(projection).digits(1);
  const inView = countries.flatMap((f) => {
    const d = path(f);
    return d ? [{ iso3: f.id, d }] : [];
  });
  const area = areaInView(projection, width, height);
  return { width, height, countries: inView, area: area ? (geoPath(projectionOf(world)).digits(1)(area) ?? '') : '' };
}
