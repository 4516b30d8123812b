// The atlas's own maps for the preview cards and the slides' close-ups: the shipped world map, and
// the detailed world for the close-ups, whose coasts stay crisp that close. The build draws the
// cards; in the browser only the slide deck loads these.
import { DETAIL_COUNTRIES } from '../geo/detail-countries.ts';
import { toLocatorShapes } from '../geo/locator.ts';
import { WORLD_FRAME, WORLD_MAP } from '../geo/world.ts';
import type { AtlasContent } from '../content/atlas-content.ts';
import type { PreviewText } from './link-preview.ts';
import { previewCardWith, type PreviewGeography } from './preview-model.ts';

// Split into parts once, for all the build's cards.
export const ATLAS_GEOGRAPHY: PreviewGeography = { world: WORLD_MAP, frame: WORLD_FRAME, closeUps: toLocatorShapes(DETAIL_COUNTRIES) };

/** The preview image of a country's page (or the overview's, for null) as SVG, drawn from the atlas's maps. */
export const previewCardFor = (content: AtlasContent, country: string | null, preview: PreviewText): string => previewCardWith(content, country, preview, ATLAS_GEOGRAPHY);
