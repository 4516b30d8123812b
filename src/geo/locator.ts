// A close-up of one country and its neighbours, for a picture where the world map alone would
// show it as a speck (New Zealand, Kenya): projected around the country itself, so that it keeps
// its shape wherever it lies, and framed on its main landmass as zooming to it is.
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoDistance, geoPath, type GeoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { mainLandmass, projectionOf, type ProjectionFrame } from './map-geometry.ts';
import type { CountryFeature } from './topology.ts';

export interface LocatorMap {
  width: number;
  height: number;
  /** Every country in view, clipped to it, in the close-up's units. */
  countries: { iso3: string; d: string }[];
  /** Where the close-up lies on the world map whose frame was given, in that map's units: a circle about as wide as its view. */
  mark: { x: number; y: number; r: number };
  /** The centres of the country's parts in view when even the largest is too small to see (Singapore, Kiribati's atolls): to ring them. */
  spots: { x: number; y: number }[];
}

/** Countries ready for close-ups: each part of each with a cap on the globe that holds it, to pass over those out of view. */
export interface LocatorShapes {
  countries: readonly CountryFeature[];
  parts: ReadonlyMap<string, readonly LocatorPart[]>;
}

interface LocatorPart {
  polygon: Polygon;
  centre: [number, number];
  /** The cap's radius in radians. */
  radius: number;
}

// Parts farther than this from the largest (Alaska, French Guiana) are left to the world map: a
// close-up spanning them would show mostly sea. Indonesia's Papua, some 24° from Borneo, stays.
const NEAR = (30 * Math.PI) / 180;
// The main landmass fills at most this share of the close-up's width and height; the rest is its region.
const FILL = 0.4;
// A small country is shown over at least this many degrees across, so that its region is recognisable.
const MIN_SPAN = 16;
// A country whose largest part is less than this many pixels across is hard to see: its parts are spotted.
const SMALL = 24;
// An archipelago's first parts are spotted, not every atoll.
const MAX_SPOTS = 12;

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
  // No resampling: the detailed world's points lie close enough that none would show, and a big
  // country's close-up (China's, the United States') draws a sixth quicker without it.
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]).clipAngle(90).precision(0);
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

function partOf(polygon: Polygon): LocatorPart {
  const centre = geoCentroid(polygon);
  let radius = 0;
  for (const point of polygon.coordinates[0] ?? []) radius = Math.max(radius, geoDistance(centre, point as [number, number]));
  return { polygon, centre, radius };
}

function polygonsOf({ geometry }: CountryFeature): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return [];
}

/** The countries split into parts, each with its cap: computed once for every close-up drawn from them. */
export function toLocatorShapes(countries: readonly CountryFeature[]): LocatorShapes {
  return { countries, parts: new Map(countries.map((f) => [f.id, polygonsOf(f).map(partOf)])) };
}

/**
 * A stream that passes on a point only once it lies `step` or more from the last one passed: a
 * coast of the detailed world seen from far enough away is mostly points closer than a pixel.
 */
function thinned(step: number): (sink: GeoStream) => GeoStream {
  return (sink) => {
    let last: [number, number] | null = null;
    let held: [number, number] | null = null;
    return {
      point(x, y) {
        if (last && Math.hypot(x - last[0], y - last[1]) < step) {
          held = [x, y];
          return;
        }
        last = [x, y];
        held = null;
        sink.point(x, y);
      },
      lineStart() {
        last = held = null;
        sink.lineStart();
      },
      // A line ends where it ends, however close to the last point passed.
      lineEnd() {
        if (held) sink.point(held[0], held[1]);
        sink.lineEnd();
      },
      polygonStart: () => sink.polygonStart(),
      polygonEnd: () => sink.polygonEnd(),
      sphere: () => sink.sphere?.(),
    };
  };
}

/** Where the parts of a country in view lie, if none is `small` or more across; else nowhere. */
function spotsOf(parts: readonly LocatorPart[], path: GeoPath, small: number, width: number, height: number): { x: number; y: number }[] {
  const boxes = parts.map((part) => path.bounds(part.polygon)).filter(([[x0, y0], [x1, y1]]) => x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height);
  if (boxes.some(([[x0, y0], [x1, y1]]) => Math.max(x1 - x0, y1 - y0) >= small)) return [];
  const spots: { x: number; y: number }[] = [];
  for (const [[x0, y0], [x1, y1]] of boxes) {
    const spot = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    // One spot for a cluster of islets: rings around each would tangle.
    if (spots.length < MAX_SPOTS && spots.every((s) => Math.hypot(s.x - spot.x, s.y - spot.y) >= 2 * small)) spots.push(spot);
  }
  return spots;
}

/**
 * The close-up of `iso3` at width × height, from the given countries (the detailed world, for crisp
 * coasts), with where it lies on the world map drawn in the frame `world`. `pixel` is the size of a
 * pixel of the picture it is drawn into: points closer than that to the last one drawn are left out,
 * and a country whose parts are all less than two dozen across is spotted. Null if the country is not among them.
 */
export function makeLocatorMap(shapes: LocatorShapes, iso3: string, width: number, height: number, world: ProjectionFrame, pixel = 1): LocatorMap | null {
  const feature = shapes.countries.find((f) => f.id === iso3);
  if (!feature) return null;
  const projection = locatorProjection(feature, width, height);
  const at = (x: number, y: number) => projection.invert?.([x, y]) ?? [0, 0];
  const centre = at(width / 2, height / 2);
  const seen = Math.max(...[at(0, 0), at(width, 0), at(0, height), at(width, height)].map((corner) => geoDistance(centre, corner)));
  const thin = thinned(pixel);
  const path = geoPath({ stream: (sink) => projection.stream(thin(sink)) }).digits(1);
  // Only the parts near enough to be in view are projected: Russia's far east is no part of Korea's close-up.
  const nearParts = (id: string) => (shapes.parts.get(id) ?? []).filter((part) => geoDistance(part.centre, centre) - part.radius <= seen);
  const inView = shapes.countries.flatMap((f) => {
    const near = nearParts(f.id);
    const d = near.length > 0 ? path({ type: 'MultiPolygon', coordinates: near.map((part) => part.polygon.coordinates) }) : null;
    return d ? [{ iso3: f.id, d }] : [];
  });
  const spots = spotsOf(nearParts(iso3), geoPath(projection), SMALL * pixel, width, height);
  const onWorld = projectionOf(world);
  const [x, y] = onWorld(centre) ?? [0, 0];
  const [, top] = onWorld(at(width / 2, height / 2 - Math.min(width, height) / 2)) ?? [0, 0];
  return { width, height, countries: inView, mark: { x, y, r: Math.abs(y - top) }, spots };
}
