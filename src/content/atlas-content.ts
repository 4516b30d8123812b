// What the page has of the content: the summary the first view is drawn from, the quotes of the
// countries loaded so far, every id once a link needs them, and the whole content once a part that
// reads it opens. Made once at the root (src/main.tsx, src/prerender.tsx, or from fixtures in tests)
// and handed down; whatever is derived from it is kept on it, never in a module.
import type { SummaryView } from './content-index.ts';
import { filtersKey, NO_FILTERS, type Filters } from './filters.ts';
import { makeQuotesLoader, type QuotesLoader } from './country-quotes.ts';
import { idListOf, type IdList } from './id-list.ts';
import { unmentioned, unpackSummary, type ArticleHead, type AtlasSummary, type IdIndex } from './summary.ts';
import type { CountryInfo, CountryQuotes, Report } from './types.ts';
import type { WholeContent } from './whole-content.ts';

/** Where what is not at hand comes from. */
export interface ContentSources {
  countryQuotes: (iso3: string) => Promise<CountryQuotes>;
  idIndex: () => Promise<IdIndex>;
  /** The whole verified content, indexed (whole-content.ts): a chunk of its own, which the first view never loads. */
  wholeContent: () => Promise<WholeContent>;
  /** Every article's text, by article id: another chunk, for the reader. */
  articleTexts: () => Promise<Record<string, string>>;
}

export interface AtlasContentInput {
  summary: AtlasSummary;
  /** A source left out cannot be loaded from (a page rendered at build time fetches nothing). */
  sources?: Partial<ContentSources>;
  /** Data already at hand, used without fetching. */
  quotes?: readonly CountryQuotes[];
  ids?: IdIndex;
  whole?: WholeContent;
}

export interface AtlasContent {
  readonly summary: AtlasSummary;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  readonly reports: ReadonlyMap<string, Report>;
  /** Every country's standing as the filters leave it; countries without a quote are "none". */
  summaryView: (filters: Filters) => SummaryView;
  readonly quotes: QuotesLoader;
  /** Every quote and article id, once at hand: from the id index or from the whole content. */
  ids: () => IdList | null;
  loadIds: () => Promise<IdList>;
  whole: () => WholeContent | null;
  loadWhole: () => Promise<WholeContent>;
  /** Every article's text, by article id; a failed load is tried again on the next call. */
  loadTexts: () => Promise<Record<string, string>>;
  /** An article by id, from whatever is at hand: to name it before the whole content has loaded. */
  articleHead: (id: string) => ArticleHead | undefined;
  /** A value derived from this content, made on first use and kept with it. */
  derived: <T>(key: string, make: () => T) => T;
}

const unavailable = () => Promise.reject(new Error('Not available here.'));

/** The same promise while it is pending or has succeeded; after a failure the next call tries again. */
function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  return () =>
    (current ??= load().catch((error: unknown) => {
      current = null;
      throw error;
    }));
}

export function makeAtlasContent({ summary, sources = {}, quotes = [], ids, whole }: AtlasContentInput): AtlasContent {
  const countries = new Map(summary.countries.map((c) => [c.iso3, c]));
  const memo = new Map<string, unknown>();
  const derived = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };

  const summaryView = (filters: Filters): SummaryView =>
    derived(`summary/${filtersKey(filters)}`, () => {
      // A report no longer in the content (an old link) keeps nothing.
      const rows = summary.mentioned[filtersKey(filters)] ?? [];
      const mentioned = rows.map((row) => unpackSummary(row, countries.get(row[0])?.name ?? row[0], summary.reports));
      const byIso3 = new Map(mentioned.map((s) => [s.iso3, s]));
      return { summaries: new Map(summary.countries.map((c) => [c.iso3, byIso3.get(c.iso3) ?? unmentioned(c)])), mentioned };
    });

  let wholeContent = whole ?? null;
  let indexed = ids ? idListOf(ids) : null;
  const currentIds = () => indexed ?? wholeContent?.ids() ?? null;

  const loader = makeQuotesLoader({
    fetchQuotes: sources.countryQuotes ?? unavailable,
    hasQuotes: (iso3) => (summaryView(NO_FILTERS).summaries.get(iso3)?.quoteCount ?? 0) > 0,
    initial: quotes,
  });

  return {
    summary,
    countries,
    reports: new Map(summary.reports.map((r) => [r.id, r])),
    summaryView,
    quotes: loader,
    ids: currentIds,
    loadIds: retrying(async () => currentIds() ?? (indexed = idListOf(await (sources.idIndex ?? unavailable)()))),
    whole: () => wholeContent,
    loadWhole: retrying(async () => (wholeContent ??= await (sources.wholeContent ?? unavailable)())),
    loadTexts: retrying(sources.articleTexts ?? unavailable),
    articleHead: (id) => currentIds()?.articles.get(id) ?? loader.article(id),
    derived,
  };
}
