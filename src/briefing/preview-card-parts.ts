// What the preview cards (preview-card.ts, preview-overview.ts) share: their input, measures,
// type, the source line and the world map with its ring.
import type { SummaryView } from '../content/content-index.ts';
import type { Report } from '../content/types.ts';
import type { LocatorMap } from '../geo/locator.ts';
import type { MapGeometry } from '../geo/map-geometry.ts';
import { APP_TITLE } from '../state/atlas-model.ts';
import type { Choropleth } from '../state/choropleth.ts';
import { colour } from './export-colours.ts';
import { PREVIEW_HEIGHT as H, type PreviewText } from './link-preview.ts';
import { escapeXml, mapLayers } from './map-svg.ts';
import { coveredBy } from './source-line.ts';
import { wrapText } from './text-fit.ts';
import { textWidth, type TextStyle } from './text-width.ts';

export interface PreviewCardInput {
  preview: PreviewText;
  /** The country the card is about; null for the overview. */
  country: string | null;
  /** The world map, in its own units. */
  world: MapGeometry;
  /** The close-up of the country's region, CLOSE_UP_SIZE in its own units; null for the overview. */
  locator: LocatorMap | null;
  index: SummaryView;
  choropleth: Choropleth;
  articleCount: number;
  reports: readonly Report[];
  outlets: readonly string[];
}

/** The font kept with the build (vite/fonts), so that the image is the same on every machine. */
export const CARD_FONT = 'Liberation Sans';
export const CARD_FONTS = `'${CARD_FONT}', Arial, Helvetica, sans-serif`;
/** What the atlas is about, under its name: the card may be seen without the page's title. */
export const CARD_TOPIC = 'North Korean internet activity';

export const PAD = 56;
export const KICKER_Y = 76;
const KICKER = { size: 18, bold: true };
export const SOURCE = { size: 17 };
export const SOURCE_LEADING = 23;
export const SOURCE_FOOT = H - 40;
export const SWATCH = 24;
const MARK_RADIUS = 8;

export const text = (x: number, y: number, style: TextStyle, content: string, fill = colour('--ink'), extra = '') =>
  `<text x="${x}" y="${y}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeXml(content)}</text>`;

/** The atlas's name over the card, and for a country's card what the atlas is about. */
export function kicker(topic: boolean): string {
  const name = text(PAD, KICKER_Y, KICKER, APP_TITLE.toUpperCase(), colour('--accent'), ' letter-spacing="2.5"');
  const x = PAD + textWidth(APP_TITLE.toUpperCase(), KICKER) + 2.5 * APP_TITLE.length + 14;
  return topic ? name + text(x, KICKER_Y, { size: 18 }, CARD_TOPIC, colour('--muted')) : name;
}

/** The source line in up to two lines above the foot; outlets that do not fit are counted. */
export function sourceLines(input: PreviewCardInput, width: number): string[] {
  const lines = (phrase: string) => wrapText(`Source: ${phrase}.`, width, SOURCE, 2);
  return lines(coveredBy(input.reports.map((r) => r.origin), input.outlets, (phrase) => !lines(phrase).cut)).lines;
}

export const sourceMarkup = (lines: readonly string[]) =>
  lines.map((line, i) => text(PAD, SOURCE_FOOT - (lines.length - 1 - i) * SOURCE_LEADING, SOURCE, line, colour('--muted'))).join('');

/** A ring in the accent colour over a paper halo, to find something small by; `px` gives the pixels of the card in the units drawn in. */
export const ring = (x: number, y: number, r: number, px: (n: number) => number) =>
  [
    [colour('--paper'), 4.5],
    [colour('--accent'), 2.5],
  ]
    .map(([stroke, w]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="none" stroke="${stroke}" stroke-width="${px(Number(w))}"/>`)
    .join('');

export interface CloseUpInput {
  locator: LocatorMap;
  index: SummaryView;
  choropleth: Choropleth;
  /** The country outlined. */
  iso3: string;
}

/**
 * The close-up placed at x, y and drawn `scale` times its own units: the countries in view, the one
 * outlined, and rings `spot` pixels wide around a country too small to see. `line` gives the
 * width of its lines in its units, `px` the picture's pixels in them.
 */
export function closeUpMarkup({ locator, index, choropleth, iso3 }: CloseUpInput, { x, y, scale }: { x: number; y: number; scale: number }, line: (n: number) => number, px: (n: number) => number, spot: number): string {
  const layers = mapLayers({ countries: locator.countries, index, choropleth, selected: iso3, idPrefix: 'close-up-' }, line);
  const spots = locator.spots.length > 0 ? `<g id="close-up-spots">${locator.spots.map((s) => ring(s.x, s.y, px(spot), px)).join('')}</g>` : '';
  const at = `translate(${x} ${y})${scale === 1 ? '' : ` scale(${scale})`}`;
  return `<g id="close-up" transform="${at}"><rect width="${locator.width}" height="${locator.height}" fill="${colour('--map-ocean')}"/>${layers}${spots}</g>`;
}

/** The world map at `width`, placed at x, y: the choropleth, the selection, and a ring where the close-up lies. */
export function worldMap(input: Pick<PreviewCardInput, 'world' | 'index' | 'choropleth' | 'country' | 'locator'>, x: number, y: number, width: number): string {
  const { world, index, choropleth, country, locator } = input;
  const scale = width / world.width;
  const px = (n: number) => Math.round((n / scale) * 1000) / 1000;
  const layers = mapLayers({ countries: world.countries, borders: world.borders, index, choropleth, selected: country, idPrefix: 'world-' }, px);
  const mark = locator?.mark;
  const marked = mark ? `<g id="world-mark">${ring(mark.x, mark.y, Math.max(mark.r, px(MARK_RADIUS)), px)}</g>` : '';
  return `<g id="world" transform="translate(${x} ${y}) scale(${Math.round(scale * 1e6) / 1e6})">${layers}${marked}</g>`;
}
