import type { AtlasContent } from '../content/atlas-content.ts';
import type { WholeContent } from '../content/whole-content.ts';
import { NO_FILTERS, type Filters } from '../content/filters.ts';
import { formatDay } from '../content/labels.ts';
import type { MapGeometry } from '../geo/map-geometry.ts';
import { WORLD_MAP } from '../geo/world.ts';
import { choroplethFor, editionStepOf } from '../state/atlas-model.ts';
import { filtersOf, type UrlState } from '../state/url.ts';
import { makeMapSvg, type MapSvg, type MapSvgInput } from './map-svg.ts';
import { coverageLine, reportOfOrigin, scopeOf } from './export-scope.ts';
import { coveredBy, outletsCovering } from './source-line.ts';

const EXPORT_WIDTH = 1200;

/**
 * "Source: …" naming the reports (the one chosen, if the filters choose one), the outlets whose
 * quotes the filters keep, and the day the file was made; then the atlas page it was made from, when given.
 */
export function sourceLine(whole: WholeContent, made: Date = new Date(), page?: string, filters: Filters = NO_FILTERS): string {
  const { report, reports, articles } = scopeOf(whole.for(filters), filters);
  const outlets = [...new Set(articles.map((a) => a.publisher))];
  const covered = report ? outletsCovering(reportOfOrigin(report, reports), outlets) : coveredBy(reports.map((r) => r.origin), outlets);
  return `Source: ${covered}. Made with Report Atlas on ${formatDay(made)}${page ? `: ${page}` : '.'}`;
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
  state: Pick<UrlState, 'country' | 'speaker' | 'report' | 'measure'> & { until?: string | null },
  { width = EXPORT_WIDTH, made = new Date(), page, geometry = WORLD_MAP }: ExportMapOptions = {},
): MapSvgInput {
  const filters = filtersOf(state);
  const index = content.summaryView(filters);
  const name = state.country === null ? null : content.countries.get(state.country)?.name;
  return {
    geometry,
    width,
    index,
    // At a step through the editions, the map as of that edition, as on screen.
    choropleth: choroplethFor(content, filters, state.measure, editionStepOf(content, { ...state, until: state.until ?? null })),
    selected: state.country,
    title: name ? `${name}: as named in reports on North Korean cyber activity` : 'Countries named as likely bases of North Korean cyber activity',
    subtitle: `${coverageLine(scopeOf(whole.for(filters), filters))}.`,
    source: sourceLine(whole, made, page, filters),
  };
}

/** The current view's map as a standalone SVG, at a fixed size for slides and documents. */
export function exportMap(
  content: AtlasContent,
  whole: WholeContent,
  state: Pick<UrlState, 'country' | 'speaker' | 'report' | 'measure'> & { until?: string | null },
  width = EXPORT_WIDTH,
  made = new Date(),
  /** The address of the atlas page the map is made from. */
  page?: string,
): MapSvg {
  return makeMapSvg(exportMapInput(content, whole, state, { width, made, page }));
}
