// The shipped world, projected at build time (build/map-outline.ts) and shared by every view.
import outline from 'virtual:atlas/map';
import type { CountryPath, MapGeometry, ProjectionFrame } from './map-geometry.ts';

const shipped = outline as { width: number; height: number; frame: ProjectionFrame; countries: CountryPath[]; borders: string };

export const WORLD_MAP: MapGeometry = { ...shipped, byIso3: new Map(shipped.countries.map((c) => [c.iso3, c])) };

/** The projection behind WORLD_MAP, for the detailed world to line up with it. */
export const WORLD_FRAME: ProjectionFrame = shipped.frame;

export const WORLD_ASPECT = WORLD_MAP.width / WORLD_MAP.height;
