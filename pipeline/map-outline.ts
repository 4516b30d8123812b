// The world map projected once, at build time: the browser draws these paths as they are.
import { compactPath } from '../src/geo/compact-path.ts';
import { aspectRatio, frameFor, makeMapGeometry, type CountryPath, type ProjectionFrame, type WorldShapes } from '../src/geo/map-geometry.ts';
import { toBorders, toFeatures, type CountriesTopology } from '../src/geo/topology.ts';
import { LEFT_OUT } from '../src/geo/left-out.ts';

/** Map units across: whole units are about half a screen pixel on a wide display, before the 1:50m world takes over. */
export const OUTLINE_WIDTH = 1920;

export interface MapOutline {
  width: number;
  height: number;
  /** The projection the paths were drawn with, so that the 1:50m world can line up with them. */
  frame: ProjectionFrame;
  countries: CountryPath[];
  borders: string;
}

/** The outline less its path data, which the page's HTML already holds. */
export function withoutPaths(outline: MapOutline): MapOutline {
  return { ...outline, countries: outline.countries.map((c) => ({ ...c, d: '' })), borders: '' };
}

export function toShapes(topology: CountriesTopology): WorldShapes {
  return { countries: toFeatures(topology).filter((f) => !LEFT_OUT.has(f.id)), borders: toBorders(topology) };
}

export function makeMapOutline(topology: CountriesTopology, width = OUTLINE_WIDTH): MapOutline {
  const shapes = toShapes(topology);
  const height = Math.round(width / aspectRatio(shapes));
  const geometry = makeMapGeometry(shapes, width, height);
  return {
    width,
    height,
    frame: frameFor(shapes, width, height),
    countries: geometry.countries.map((c) => ({ ...c, d: compactPath(c.d) })),
    borders: compactPath(geometry.borders),
  };
}
