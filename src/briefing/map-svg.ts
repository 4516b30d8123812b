import type { SummaryView } from '../content/content-index.ts';
import { countOf } from '../content/plural.ts';
import type { MapGeometry } from '../geo/map-geometry.ts';
import type { Choropleth } from '../state/choropleth.ts';
import { colour, paintFill, patternDefs } from './export-colours.ts';

export interface MapSvgInput {
  geometry: MapGeometry;
  /** The file's width; the map is scaled to it. The geometry's own width by default. */
  width?: number;
  index: SummaryView;
  choropleth: Choropleth;
  selected: string | null;
  title: string;
  subtitle: string;
  source: string;
  /** Drawn over the map in the map's own units; `px` turns the file's pixels into them. */
  overlay?: (px: (n: number) => number) => string;
}

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

// Declared, not embedded: every viewer has one of these, and the file stays small and self-contained.
const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 24;
const HEADER = 76;
// A rough width per character at 13 px: enough to keep long labels from running into the next entry.
const CHAR_WIDTH = 7.4;
const ROW = 26;

/** Text made safe for SVG or HTML, in content and in attribute values of either quotation mark. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function legendMarkup(choropleth: Choropleth, width: number, top: number): { markup: string; height: number } {
  const texts = choropleth.legend.map((e) => `${e.label} · ${countOf(e.count, 'country', 'countries')}`);
  const entryWidth = 44 + CHAR_WIDTH * Math.max(...texts.map((t) => t.length));
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / entryWidth));
  const entries = choropleth.legend.map((e, i) => {
    const x = PAD + (i % perRow) * entryWidth;
    const y = top + 30 + Math.floor(i / perRow) * ROW;
    const count = countOf(e.count, 'country', 'countries');
    return `<g class="legend-entry"><rect x="${x}" y="${y - 13}" width="16" height="16" rx="3" fill="${paintFill(e.fill)}" stroke="${colour('--map-swatch-line')}" stroke-width="0.75"/><text x="${x + 24}" y="${y}" font-size="13">${escapeXml(e.label)} <tspan fill="${colour('--map-export-count')}">· ${count}</tspan></text></g>`;
  });
  const rows = Math.ceil(choropleth.legend.length / perRow);
  const title = `<text x="${PAD}" y="${top + 6}" font-size="14" font-weight="700">${escapeXml(choropleth.title)}</text>`;
  return { markup: `<g id="legend">${title}${entries.join('')}</g>`, height: 30 + rows * ROW };
}

export interface MapLayersInput {
  countries: readonly { iso3: string; d: string }[];
  /** The borders between countries as one path; without it each country's own outline draws them. */
  borders?: string;
  index: SummaryView;
  choropleth: Choropleth;
  selected: string | null;
  /** Put before the layers' ids, to keep them apart when one file draws two maps. */
  idPrefix?: string;
}

/**
 * The map's layers: the countries painted as the choropleth says, the borders, and the selected
 * country outlined over a halo. `px` turns the file's pixels into the map's units, for the strokes.
 */
export function mapLayers({ countries, borders, index, choropleth, selected, idPrefix = '' }: MapLayersInput, px: (n: number) => number): string {
  const paths = countries.map((c) => `<path d="${c.d}" fill="${paintFill(choropleth.fillOf(index.summaries.get(c.iso3)))}" data-iso3="${escapeXml(c.iso3)}"/>`).join('');
  const chosen = selected === null ? undefined : countries.find((c) => c.iso3 === selected);
  const selection = chosen
    ? `<g id="${idPrefix}selection" fill="none" stroke-linejoin="round"><path d="${chosen.d}" stroke="${colour('--map-halo')}" stroke-width="${px(2)}"/><path d="${chosen.d}" stroke="${colour('--map-selection')}" stroke-width="${px(1)}"/></g>`
    : '';
  const border = borders === undefined ? [] : [`<path id="${idPrefix}borders" d="${borders}" fill="none" stroke="${colour('--map-border')}" stroke-width="${px(0.6)}"/>`];
  return [`<g id="${idPrefix}countries" stroke="${colour('--map-border')}" stroke-width="${px(0.5)}">${paths}</g>`, ...border, selection].join('\n');
}

/** The map as a standalone SVG file: title, choropleth, selection, legend and source line; no external references. */
export function makeMapSvg(input: MapSvgInput): MapSvg {
  const { geometry, index, choropleth, selected, title, subtitle, source } = input;
  const width = Math.round(input.width ?? geometry.width);
  const scale = width / geometry.width;
  const mapHeight = Math.round(geometry.height * scale);
  // Strokes are given in the file's pixels, whatever the map's own units.
  const px = (n: number) => Math.round((n / scale) * 1000) / 1000;
  const mapTop = HEADER;
  const legendTop = mapTop + mapHeight + 20;
  const legend = legendMarkup(choropleth, width, legendTop);
  const sourceTop = legendTop + legend.height + 14;
  const height = sourceTop + 28;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONTS)}" fill="${colour('--ink')}" role="img" aria-labelledby="svg-title svg-desc">`,
    `<title id="svg-title">${escapeXml(title)}</title>`,
    `<desc id="svg-desc">${escapeXml(`${subtitle} ${source}`)}</desc>`,
    `<defs>${patternDefs()}</defs>`,
    `<rect width="${width}" height="${height}" fill="${colour('--paper')}"/>`,
    `<text x="${PAD}" y="36" font-size="24" font-weight="700">${escapeXml(title)}</text>`,
    `<text x="${PAD}" y="60" font-size="14" fill="${colour('--muted')}">${escapeXml(subtitle)}</text>`,
    `<g id="map" transform="translate(0 ${mapTop})${scale === 1 ? '' : ` scale(${Math.round(scale * 1e6) / 1e6})`}"><rect width="${geometry.width}" height="${geometry.height}" fill="${colour('--map-ocean')}"/>`,
    `${mapLayers({ countries: geometry.countries, borders: geometry.borders, index, choropleth, selected }, px)}${input.overlay?.(px) ?? ''}</g>`,
    legend.markup,
    `<text id="source" x="${PAD}" y="${sourceTop + 8}" font-size="12" fill="${colour('--muted')}">${escapeXml(source)}</text>`,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
