// A country's map for its slide: the exported world map with the country outlined and ringed, and
// an inset close-up of its region, so that a country too small to see on the world map is seen.
import type { AtlasContent } from '../content/atlas-content.ts';
import { NO_FILTERS, type Filters } from '../content/filters.ts';
import type { WholeContent } from '../content/whole-content.ts';
import { makeLocatorMap } from '../geo/locator.ts';
import { colour } from './export-colours.ts';
import { exportMapInput } from './export-model.ts';
import { makeMapSvg, type MapSvg, type MapSvgInput } from './map-svg.ts';
import { closeUpMarkup, ring } from './preview-card-parts.ts';
import type { PreviewGeography } from './preview-model.ts';

// The inset takes this share of the map's width, at 4:3.
const INSET_SHARE = 0.27;
const INSET_MARGIN = 12;
// In the file's pixels, as the preview card's.
const MARK_RADIUS = 8;
const SPOT_RADIUS = 10;

/**
 * The inset in the map's units: in the lower left corner, which is open sea, unless the country
 * lies there, then in the lower right. Nothing for a country the close-ups do not have.
 */
function locatorInset(input: MapSvgInput, geography: PreviewGeography, iso3: string, px: (n: number) => number): string {
  const { world, frame, closeUps } = geography;
  const width = world.width * INSET_SHARE;
  const height = (width * 3) / 4;
  const locator = makeLocatorMap(closeUps, iso3, width, height, frame, px(1));
  if (!locator) return '';
  const { mark } = locator;
  const inLowerLeft = mark.x < world.width / 3 && mark.y > world.height / 2;
  const x = inLowerLeft ? world.width - width - px(INSET_MARGIN) : px(INSET_MARGIN);
  const y = world.height - height - px(INSET_MARGIN);
  const marked = `<g id="world-mark">${ring(mark.x, mark.y, Math.max(mark.r, px(MARK_RADIUS)), px)}</g>`;
  const edge = px(3);
  const frameRect = `<rect x="${x - edge}" y="${y - edge}" width="${width + 2 * edge}" height="${height + 2 * edge}" fill="${colour('--paper')}" stroke="${colour('--line')}" stroke-width="${px(1)}"/>`;
  const closeUp = closeUpMarkup({ locator, index: input.index, choropleth: input.choropleth, iso3 }, { x, y, scale: 1 }, px, px, SPOT_RADIUS);
  return `${marked}<g id="inset">${frameRect}${closeUp}</g>`;
}

export interface CountryMapInput {
  content: AtlasContent;
  whole: WholeContent;
  iso3: string;
  geography: PreviewGeography;
  made: Date;
  /** The filters the map follows. */
  filters?: Filters;
}

/**
 * The map of a country's slide, as a standalone SVG drawn as the atlas first shows its map. Its
 * source line names no page: a country's address would run past the edge, and the slide's notes give it.
 */
export function countrySlideMap({ content, whole, iso3, geography, made, filters = NO_FILTERS }: CountryMapInput): MapSvg {
  const input = exportMapInput(content, whole, { country: iso3, ...filters, measure: 'articles' }, { made, geometry: geography.world });
  return makeMapSvg({ ...input, overlay: (px) => locatorInset(input, geography, iso3, px) });
}
