// The shipped world, converted once at module level and shared by every view.
import bundled from 'virtual:atlas/world';
import { aspectRatio, type WorldShapes } from './map-geometry.ts';
import { toBorders, toFeatures, type CountriesTopology } from './topology.ts';

const topology = bundled as CountriesTopology;

/** Antarctica is left out: no report names it, and in Equal Earth it would take a fifth of the map's height. */
export const LEFT_OUT: ReadonlySet<string> = new Set(['ATA']);

export const WORLD: WorldShapes = {
  countries: toFeatures(topology).filter((f) => !LEFT_OUT.has(f.id)),
  borders: toBorders(topology),
};

export const WORLD_ASPECT = aspectRatio(WORLD);
