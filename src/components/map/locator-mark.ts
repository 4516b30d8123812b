// Where a country's close-up lies on the world map, found by the locator the link previews use.
// It needs the detailed world, so it is loaded only where that world is wanted anyway.
import { DETAIL_COUNTRIES } from '../../geo/detail-countries.ts';
import { makeLocatorMap, toLocatorShapes, type LocatorMap } from '../../geo/locator.ts';
import { WORLD_ASPECT, WORLD_FRAME } from '../../geo/world.ts';

// The close-up is sized as the tour's zoomed map is, so that the ring is about as wide as its view.
const WIDTH = 400;

export type LocatorMark = LocatorMap['mark'];

/** The ring on the world map around where `iso3`'s close-up lies; null for a country the world does not have. */
export function locatorMarkOf(iso3: string): LocatorMark | null {
  const feature = DETAIL_COUNTRIES.find((f) => f.id === iso3);
  // Only the country's own shapes: the ring needs none of its neighbours.
  return feature ? (makeLocatorMap(toLocatorShapes([feature]), iso3, WIDTH, WIDTH / WORLD_ASPECT, WORLD_FRAME)?.mark ?? null) : null;
}
