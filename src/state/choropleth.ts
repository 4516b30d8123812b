import type { CountrySummary } from '../content/content-index.ts';
import { KIND_LEGEND_LABELS, namedByLine, STATUS_MEANINGS, STATUS_TITLES } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import { editionDate, editionName } from '../content/editions.ts';
import type { ClaimKind, Report } from '../content/types.ts';
import type { Paint } from './choropleth-patterns.ts';
import { stepScheme } from './edition-steps.ts';
import type { Measure } from './url.ts';

export interface LegendEntry {
  key: string;
  label: string;
  /** What the entry means, for a newcomer. */
  hint: string;
  /** The paint of the palette, not a colour. */
  fill: Paint;
  count: number;
}

export interface Choropleth {
  measure: Measure;
  title: string;
  legend: LegendEntry[];
  fillOf: (summary: CountrySummary | undefined) => Paint;
  keyOf: (summary: CountrySummary | undefined) => string;
}

// The map's paints; their colours are design tokens (src/styles/tokens.css, where OrRd and
// Okabe–Ito are explained), and patterns tell some apart by texture as well (choropleth-patterns.ts).
const SEQUENTIAL: readonly Paint[] = ['sequential-1', 'sequential-2', 'sequential-3', 'sequential-4', 'sequential-5'];
export const SUBJECT_FILL: Paint = 'subject';
export const CONTEXT_FILL: Paint = 'context';
export const NOT_NAMED_FILL: Paint = 'none';
const KIND_FILLS: Partial<Record<ClaimKind, Paint>> = {
  'operates-from': 'operates-from',
  'hosts-fronts': 'hosts-fronts',
  'activity-share': 'activity-share',
};
const MAX_CLASSES = 5;

interface Bin {
  from: number;
  to: number;
}

/** Article-count classes: one per count up to five articles, else five ranges of near-equal width. */
export function makeBins(maxArticles: number): Bin[] {
  const max = Math.max(1, maxArticles);
  const n = Math.min(MAX_CLASSES, max);
  return Array.from({ length: n }, (_, i) => ({ from: Math.floor((i * max) / n) + 1, to: Math.floor(((i + 1) * max) / n) }));
}

function binColours(n: number): Paint[] {
  if (n === 1) return [SEQUENTIAL[3] as Paint];
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))] as Paint);
}

interface Scheme {
  title: string;
  classes: Omit<LegendEntry, 'count'>[];
  classOf: (s: CountrySummary) => string;
}

function byArticles(totalArticles: number): Scheme {
  const bins = makeBins(totalArticles);
  const colours = binColours(bins.length);
  return {
    title: `How many of the ${countOf(totalArticles, 'article')} name each country as a place of North Korean activity`,
    classes: bins.map((b, i) => ({
      key: `articles-${i}`,
      label: b.from === b.to ? namedByLine(b.from) : `Named by ${b.from}–${b.to} articles`,
      hint: STATUS_MEANINGS.named,
      fill: colours[i] as Paint,
    })),
    classOf: (s) => `articles-${bins.findIndex((b) => s.namingCount >= b.from && s.namingCount <= b.to)}`,
  };
}

function byKind(): Scheme {
  const kinds = Object.keys(KIND_FILLS) as ClaimKind[];
  return {
    title: 'What the articles claim about each country (its strongest claim)',
    classes: kinds.map((k) => ({ key: `kind-${k}`, label: KIND_LEGEND_LABELS[k] ?? k, hint: 'The strongest kind of claim made about the country', fill: KIND_FILLS[k] ?? NOT_NAMED_FILL })),
    classOf: (s) => `kind-${s.activityKinds[0] ?? 'operates-from'}`,
  };
}

/**
 * Which reports name each country, as editions: the edition that first names it, and whether every
 * later one keeps it. Kept since the first edition is the darkest; new in the latest the lightest;
 * named and then left out is dotted.
 */
function byReports(reports: readonly Report[]): Scheme {
  const n = reports.length;
  const colours = binColours(Math.max(1, n));
  const last = n - 1;
  const classes = reports.flatMap((r, i) => {
    const kept = {
      key: `edition-${i}-kept`,
      label:
        i === last
          ? n === 1
            ? `Named in ${editionName(r, reports)}`
            : `Only in ${editionName(r, reports)}: new`
          : i === 0
            ? `Named in ${n === 2 ? 'both reports' : `all ${n} reports`} (${reports.map((x) => editionDate(x, reports)).join(n === 2 ? ' and ' : ', ')})`
            : `First named in ${editionName(r, reports)}, and in every report since`,
      hint: 'The reports that name the country as a place of North Korean activity',
      fill: colours[last - i] as Paint,
    };
    if (i === last) return [kept];
    const dropped = {
      key: `edition-${i}-dropped`,
      label: n === 2 ? `Only in ${editionName(r, reports)}` : `First named in ${editionName(r, reports)}, left out of a later report`,
      hint: 'Named by an earlier report, and not by every later one',
      fill: KIND_FILLS['hosts-fronts'] as Paint,
    };
    return [kept, dropped];
  });
  const editions = new Map(reports.map((r, i) => [r.id, i]));
  return {
    title: `Which of the ${countOf(n, 'report')} name each country as a place of North Korean activity`,
    classes,
    classOf: (s) => {
      const named = s.reports.map((id) => editions.get(id)).filter((i): i is number => i !== undefined);
      const first = Math.min(...named);
      if (!Number.isFinite(first)) return `edition-${last}-kept`;
      const kept = reports.every((_, i) => i < first || named.includes(i));
      return `edition-${first}-${kept || first === last ? 'kept' : 'dropped'}`;
    },
  };
}

/**
 * Colours and legend for the map, from the country summaries, the number of articles, the measure
 * and the reports (oldest first); coloured by report, `step` (from 0) shows the editions up to one.
 */
export function makeChoropleth(
  summaries: Iterable<CountrySummary>,
  totalArticles: number,
  drawn: (iso3: string) => boolean,
  measure: Measure = 'articles',
  reports: readonly Report[] = [],
  step: number | null = null,
): Choropleth {
  const scheme =
    measure === 'kind' ? byKind() : measure === 'reports' ? (step === null ? byReports(reports) : stepScheme(reports, step)) : byArticles(totalArticles);
  const keyOf = (s: CountrySummary | undefined): string => {
    if (!s || s.status === 'none') return 'none';
    return s.status === 'named' ? scheme.classOf(s) : s.status;
  };
  const counts = new Map<string, number>();
  for (const s of summaries) {
    if (s.status === 'none' && !drawn(s.iso3)) continue;
    counts.set(keyOf(s), (counts.get(keyOf(s)) ?? 0) + 1);
  }
  const legend = [
    ...scheme.classes,
    { key: 'subject', label: 'North Korea', hint: STATUS_MEANINGS.subject, fill: SUBJECT_FILL },
    { key: 'context', label: STATUS_TITLES.context, hint: STATUS_MEANINGS.context, fill: CONTEXT_FILL },
    { key: 'none', label: STATUS_TITLES.none, hint: STATUS_MEANINGS.none, fill: NOT_NAMED_FILL },
  ].map((e) => ({ ...e, count: counts.get(e.key) ?? 0 }));
  const fills = new Map(legend.map((e) => [e.key, e.fill]));
  return { measure, title: scheme.title, legend, keyOf, fillOf: (s) => fills.get(keyOf(s)) ?? NOT_NAMED_FILL };
}
