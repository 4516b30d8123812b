import type { AtlasContent } from '../content/atlas-content.ts';
import { makeLocatorMap, type LocatorShapes } from '../geo/locator.ts';
import type { MapGeometry, ProjectionFrame } from '../geo/map-geometry.ts';
import { choroplethFor } from '../state/atlas-model.ts';
import { DEFAULT_URL_STATE } from '../state/url.ts';
import type { PreviewText } from './link-preview.ts';
import { CLOSE_UP_SIZE, makePreviewCard } from './preview-card.ts';
import { NO_FILTERS } from '../content/filters.ts';

/** The maps a card is drawn from: the world map and its frame, and the countries its close-ups are drawn from. */
export interface PreviewGeography {
  world: MapGeometry;
  frame: ProjectionFrame;
  closeUps: LocatorShapes;
}

/**
 * The preview image of a country's page (or the overview's, for null) as SVG, drawn as the atlas
 * first shows its map: everyone's quotes, countries shaded by how many articles name them.
 */
export function previewCardWith(content: AtlasContent, country: string | null, preview: PreviewText, geography: PreviewGeography): string {
  const { world, frame, closeUps } = geography;
  const { width, height, pixel } = CLOSE_UP_SIZE;
  return makePreviewCard({
    preview,
    country,
    world,
    locator: country === null ? null : makeLocatorMap(closeUps, country, width, height, frame, pixel),
    index: content.summaryView(NO_FILTERS),
    choropleth: choroplethFor(content, NO_FILTERS, DEFAULT_URL_STATE.measure),
    articleCount: content.summary.articleCount,
    reports: content.summary.reports,
    outlets: content.summary.publishers,
  });
}
