// The 1:50m world, loaded on demand when the map is zoomed in, and projected into the frame of
// the shipped 110m map so that the two line up exactly.
import detailed from 'virtual:atlas/world-50m';
import { projectionOf, projectShapes, type MapGeometry } from './map-geometry.ts';
import { toBorders, toFeatures, type CountriesTopology } from './topology.ts';
import { LEFT_OUT } from './left-out.ts';
import { WORLD_FRAME, WORLD_MAP } from './world.ts';

const topology = detailed as CountriesTopology;

export const WORLD_50M: MapGeometry = projectShapes(
  { countries: toFeatures(topology).filter((f) => !LEFT_OUT.has(f.id)), borders: toBorders(topology) },
  projectionOf(WORLD_FRAME),
  WORLD_MAP.width,
  WORLD_MAP.height,
);
