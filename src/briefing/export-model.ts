import type { AtlasContent } from '../content/atlas-content.ts';
import type { WholeContent } from '../content/whole-content.ts';
import { filtersInSentence, formatDay } from '../content/labels.ts';
import type { MapGeometry } from '../geo/map-geometry.ts';
import { WORLD_MAP } from '../geo/world.ts';
import { choroplethFor } from '../state/atlas-model.ts';
import { filtersOf, type UrlState } from '../state/url.ts';
import { makeMapSvg, type MapSvg, type MapSvgInput } from './map-svg.ts';
import { coveredBy } from './source-line.ts';

const EXPORT_WIDTH = 1200;

/** "Source: …" naming the reports, the outlets and the day the file was made; then the atlas page it was made from, when given. */
export function sourceLine(whole: WholeContent, made: Date = new Date(), page?: string): string {
  const { articles, reports } = whole.index.content;
  return `Source: ${coveredBy(
    reports.map((r) => r.origin),
    articles.map((a) => a.publisher),
  )}. Made with Report Atlas on ${formatDay(made)}${page ? `: ${page}` : '.'}`;
}

export interface ExportMapOptions {
  width?: number;
  made?: Date;
  /** The address of the atlas page the map is made from. */
  page?: string;
  /** The world drawn; the shipped map by default. */
  geometry?: MapGeometry;
}

/** What the exported map of a view is drawn from: its title, subtitle, source line and colours. */
export function exportMapInput(
  content: AtlasContent,
  whole: WholeContent,
  state: Pick<UrlState, 'country' | 'speaker' | 'report' | 'measure'>,
  { width = EXPORT_WIDTH, made = new Date(), page, geometry = WORLD_MAP }: ExportMapOptions = {},
): MapSvgInput {
  const index = content.summaryView(filtersOf(state));
  const name = state.country === null ? null : content.countries.get(state.country)?.name;
  return {
    geometry,
    width,
    index,
    choropleth: choroplethFor(content, filtersOf(state), state.measure),
    selected: state.country,
    title: name ? `${name}: as named in reports on North Korean cyber activity` : 'Countries named as likely bases of North Korean cyber activity',
    subtitle: `Recorded Future’s reports as covered by ${whole.index.content.articles.length} news articles${filtersInSentence(filtersOf(state), content.summary.reports, '; only ')}.`,
    source: sourceLine(whole, made, page),
  };
}

/** The current view's map as a standalone SVG, at a fixed size for slides and documents. */
export function exportMap(
  content: AtlasContent,
  whole: WholeContent,
  state: Pick<UrlState, 'country' | 'speaker' | 'report' | 'measure'>,
  width = EXPORT_WIDTH,
  made = new Date(),
  /** The address of the atlas page the map is made from. */
  page?: string,
): MapSvg {
  return makeMapSvg(exportMapInput(content, whole, state, { width, made, page }));
}
