// What the first view of the atlas needs: every country's standing, and not one quote. The
// build makes it from the verified content; the quotes themselves load per country.
import { indexContent, type ContentIndex, type CountryStatus, type CountrySummary } from './content-index.ts';
import { filtersKey, keepsClaim, type Filters } from './filters.ts';
import { CLAIM_KINDS, SPEAKER_TYPES, type Article, type Content, type CountryInfo, type CountryQuotes, type Report } from './types.ts';

const STATUSES: CountryStatus[] = ['named', 'subject', 'context', 'none'];

/**
 * A country's summary as shipped: code, status, articles naming it, articles quoting it, quotes,
 * context quotes, its activity kinds as indexes into CLAIM_KINDS ("01"), and the reports naming it
 * as indexes into the summary's reports, joined by commas. A fifth of the size of the same objects
 * in JSON, which matters with hundreds of countries for each combination of filters.
 */
export type SummaryRow = [iso3: string, status: number, naming: number, quoting: number, quotes: number, context: number, kinds: string, reports: string];

export function packSummary(s: CountrySummary, reports: readonly Report[]): SummaryRow {
  const ids = reports.map((r) => r.id);
  return [s.iso3, STATUSES.indexOf(s.status), s.namingCount, s.quotingCount, s.quoteCount, s.contextCount, s.activityKinds.map((k) => CLAIM_KINDS.indexOf(k)).join(''), s.reports.map((r) => ids.indexOf(r)).join(',')];
}

export function unpackSummary([iso3, status, naming, quoting, quotes, context, kinds, named]: SummaryRow, name: string, reports: readonly Report[]): CountrySummary {
  return {
    iso3,
    name,
    status: STATUSES[status] ?? 'none',
    namingCount: naming,
    quotingCount: quoting,
    quoteCount: quotes,
    contextCount: context,
    activityKinds: [...kinds].map((k) => CLAIM_KINDS[Number(k)]).filter((k) => k !== undefined),
    reports: named === '' ? [] : named.split(',').map((i) => reports[Number(i)]?.id).filter((r) => r !== undefined),
  };
}

/** A country no quote mentions, which the summary leaves out: the same as indexing it with no claims would give. */
export const unmentioned = (country: CountryInfo): CountrySummary => unpackSummary([country.iso3, STATUSES.indexOf('none'), 0, 0, 0, 0, '', ''], country.name, []);

/** Up to this many articles are listed under the map; more, and the sources view lists them. */
export const LISTED_ARTICLES = 12;

export interface AtlasSummary {
  countries: CountryInfo[];
  /** In the order of their editions, oldest first. */
  reports: Report[];
  articleCount: number;
  /** The outlets that carried the articles, each once, in the order of the articles. */
  publishers: string[];
  /** The articles themselves when there are few enough to list; otherwise null. */
  articles: Article[] | null;
  /** Countries with a quote, most cited first, for every combination of the filters (by `filtersKey`). */
  mentioned: Record<string, SummaryRow[]>;
  tourSteps: number;
}

/** Which country and article each quote id belongs to, and every article id: for checking deep links. */
export interface IdIndex {
  claims: Record<string, [country: string, article: string]>;
  articles: ArticleHead[];
}

/** Enough of an article to name it in the page's title. */
export type ArticleHead = Pick<Article, 'id' | 'publisher' | 'headline'>;

/** Every combination of the filters: each kind of speaker (or all) with each report (or all). */
export function everyFilter(reports: readonly Report[]): Filters[] {
  return (['all', ...SPEAKER_TYPES] as const).flatMap((speaker) => [null, ...reports.map((r) => r.id)].map((report) => ({ speaker, report })));
}

export function makeSummary(content: Content, index: ContentIndex, tourSteps: number): AtlasSummary {
  const rowsFor = (filters: Filters) => {
    const filtered = filtersKey(filters) === 'all/all' ? index : indexContent(content, keepsClaim(filters));
    return filtered.mentioned.map((s) => packSummary(s, content.reports));
  };
  return {
    countries: content.countries,
    reports: content.reports,
    articleCount: content.articles.length,
    publishers: [...new Set(content.articles.map((a) => a.publisher))],
    articles: content.articles.length <= LISTED_ARTICLES ? content.articles : null,
    mentioned: Object.fromEntries(everyFilter(content.reports).map((f) => [filtersKey(f), rowsFor(f)])),
    tourSteps,
  };
}

/** Each country's quotes file, keyed by its code. */
export function makeCountryQuotes(index: ContentIndex): Map<string, CountryQuotes> {
  const files = new Map<string, CountryQuotes>();
  for (const [iso3, claims] of index.claimsByCountry) {
    const articles = [...new Set(claims.map((c) => c.article))].map((id) => index.articles.get(id)).filter((a): a is Article => a !== undefined);
    files.set(iso3, { iso3, claims, articles });
  }
  return files;
}

export function makeIdIndex(content: Content): IdIndex {
  return {
    claims: Object.fromEntries(content.claims.map((c) => [c.id, [c.country, c.article]])),
    articles: content.articles.map(({ id, publisher, headline }) => ({ id, publisher, headline })),
  };
}
