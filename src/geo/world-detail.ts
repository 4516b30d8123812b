// The 1:50m world, loaded on demand when the map is zoomed in, and projected into the frame of
// the shipped 110m map so that the two line up exactly.
import { DETAIL_COUNTRIES, DETAIL_TOPOLOGY } from './detail-countries.ts';
import { projectionOf, projectShapes, type MapGeometry } from './map-geometry.ts';
import { toBorders } from './topology.ts';
import { WORLD_FRAME, WORLD_MAP } from './world.ts';

export const WORLD_50M: MapGeometry = projectShapes(
  { countries: [...DETAIL_COUNTRIES], borders: toBorders(DETAIL_TOPOLOGY) },
  projectionOf(WORLD_FRAME),
  WORLD_MAP.width,
  WORLD_MAP.height,
);
