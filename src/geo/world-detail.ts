// The 1:50m world, loaded on demand when the map is zoomed in; converted once, like the 110m one.
import detailed from 'virtual:atlas/world-50m';
import type { WorldShapes } from './map-geometry.ts';
import { toBorders, toFeatures, type CountriesTopology } from './topology.ts';
import { LEFT_OUT } from './world.ts';

const topology = detailed as CountriesTopology;

export const WORLD_50M: WorldShapes = {
  countries: toFeatures(topology).filter((f) => !LEFT_OUT.has(f.id)),
  borders: toBorders(topology),
};
