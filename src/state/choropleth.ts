import type { CountryStatus, CountrySummary } from '../content/content-index.ts';

export type LegendKey = `articles-${number}` | Exclude<CountryStatus, 'named'>;

export interface LegendEntry {
  key: LegendKey;
  label: string;
  /** What the entry means, for a newcomer. */
  hint: string;
  fill: string;
  count: number;
}

export interface Choropleth {
  legend: LegendEntry[];
  fillOf: (summary: CountrySummary | undefined) => string;
  keyOf: (summary: CountrySummary | undefined) => LegendKey;
}

// ColorBrewer OrRd: sequential and safe for the common colour-vision deficiencies.
// The lightest shades are left out so that the first class stands apart from "not named" in print and greyscale.
const SEQUENTIAL = ['#fdbb84', '#fc8d59', '#ef6548', '#d7301f', '#990000'];
export const SUBJECT_FILL = '#3f3a6b';
export const CONTEXT_FILL = 'url(#context-hatch)';
export const NOT_NAMED_FILL = '#e4e4e4';
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

function binColours(n: number): string[] {
  if (n === 1) return [SEQUENTIAL[3] as string];
  return Array.from({ length: n }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (n - 1))] as string);
}

const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

/** Colours and legend for the map, derived from the country summaries and how many articles there are. */
export function makeChoropleth(summaries: Iterable<CountrySummary>, totalArticles: number, drawn: (iso3: string) => boolean): Choropleth {
  const bins = makeBins(totalArticles);
  const colours = binColours(bins.length);
  const binOf = (n: number) => bins.findIndex((b) => n >= b.from && n <= b.to);
  const keyOf = (s: CountrySummary | undefined): LegendKey => {
    if (!s || s.status === 'none') return 'none';
    return s.status === 'named' ? `articles-${binOf(s.namingArticles.length)}` : s.status;
  };
  const counts = new Map<LegendKey, number>();
  for (const s of summaries) {
    if (s.status === 'none' && !drawn(s.iso3)) continue;
    counts.set(keyOf(s), (counts.get(keyOf(s)) ?? 0) + 1);
  }
  const entry = (key: LegendKey, label: string, hint: string, fill: string): LegendEntry => ({ key, label, hint, fill, count: counts.get(key) ?? 0 });
  const legend = [
    ...bins.map((b, i) =>
      entry(
        `articles-${i}`,
        b.from === b.to ? `Named by ${articles(b.from)}` : `Named by ${b.from}–${b.to} articles`,
        'Articles naming the country as a place of North Korean activity',
        colours[i] as string,
      ),
    ),
    entry('subject', 'North Korea', 'The subject of the reports', SUBJECT_FILL),
    entry('context', 'Context only', 'Mentioned, but not as a place of North Korean activity', CONTEXT_FILL),
    entry('none', 'Not named', 'Not mentioned in any article', NOT_NAMED_FILL),
  ];
  const fills = new Map(legend.map((e) => [e.key, e.fill]));
  return { legend, keyOf, fillOf: (s) => fills.get(keyOf(s)) ?? NOT_NAMED_FILL };
}
