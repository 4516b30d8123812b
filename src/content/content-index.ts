import { ACTIVITY_KINDS, CLAIM_KINDS, type Article, type Claim, type ClaimKind, type Content, type CountryInfo, type Report } from './types.ts';

/** What a country is to these articles: named as a place of activity, the subject, context only, or not named. */
export type CountryStatus = 'named' | 'subject' | 'context' | 'none';

export interface CountrySummary {
  iso3: string;
  name: string;
  status: CountryStatus;
  /** How many articles name the country as a place of North Korean activity. */
  namingCount: number;
  /** How many articles quote anything about the country. */
  quotingCount: number;
  quoteCount: number;
  /** How many of those quotes are context only. */
  contextCount: number;
  activityKinds: ClaimKind[];
  /** The reports that name the country as a place of activity, by id, oldest first. */
  reports: string[];
}

export interface ContentIndex {
  content: Content;
  countries: ReadonlyMap<string, CountryInfo>;
  articles: ReadonlyMap<string, Article>;
  reports: ReadonlyMap<string, Report>;
  /** Every country's claims, in reading order: strongest kind first, then by article date. */
  claimsByCountry: ReadonlyMap<string, Claim[]>;
  summaries: ReadonlyMap<string, CountrySummary>;
  /** Countries with any claim, most-cited first. */
  mentioned: CountrySummary[];
}

/** Every country's standing, without the quotes: what the map, legend and lists need. */
export type SummaryView = Pick<ContentIndex, 'summaries' | 'mentioned'>;

/** What a quote's attribution needs: its article, the reports, and the country's other quotes. */
export type QuoteSources = Pick<ContentIndex, 'articles' | 'reports' | 'claimsByCountry'>;

const kindRank = (kind: ClaimKind) => CLAIM_KINDS.indexOf(kind);
const isActivity = (kind: ClaimKind) => ACTIVITY_KINDS.includes(kind);
const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

function statusOf(claims: readonly Claim[]): CountryStatus {
  if (claims.some((c) => isActivity(c.kind))) return 'named';
  if (claims.some((c) => c.kind === 'subject')) return 'subject';
  return claims.length > 0 ? 'context' : 'none';
}

/** Reports oldest first (the order of their editions), then by id. */
export const byEdition = (a: Report, b: Report): number => a.published.localeCompare(b.published) || a.id.localeCompare(b.id);

export function summarise(country: CountryInfo, claims: readonly Claim[], editionOf: (report: string) => number = () => 0): CountrySummary {
  const activity = claims.filter((c) => isActivity(c.kind));
  return {
    iso3: country.iso3,
    name: country.name,
    status: statusOf(claims),
    namingCount: unique(activity.map((c) => c.article)).length,
    quotingCount: unique(claims.map((c) => c.article)).length,
    quoteCount: claims.length,
    contextCount: claims.filter((c) => c.kind === 'context').length,
    activityKinds: unique(activity.map((c) => c.kind)).sort((a, b) => kindRank(a) - kindRank(b)),
    reports: unique(activity.map((c) => c.report)).sort((a, b) => editionOf(a) - editionOf(b) || a.localeCompare(b)),
  };
}

const STATUS_ORDER: Record<CountryStatus, number> = { named: 0, subject: 1, context: 2, none: 3 };

export function compareSummaries(a: CountrySummary, b: CountrySummary): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    b.namingCount - a.namingCount ||
    b.quoteCount - a.quoteCount ||
    a.name.localeCompare(b.name, 'en')
  );
}

/** Index the content; `keep` narrows the claims (for the filters), everything else stays whole. */
export function indexContent(content: Content, keep: (claim: Claim) => boolean = () => true): ContentIndex {
  const articles = new Map(content.articles.map((a) => [a.id, a]));
  const reports = new Map(content.reports.map((r) => [r.id, r]));
  // An undated article sorts by the earliest report it covers: it cannot predate it.
  const dates = new Map(
    content.articles.map((a) => [a.id, a.published ?? a.reportsOn.map((id) => reports.get(id)?.published ?? '9999').sort()[0] ?? '9999']),
  );
  const published = (c: Claim) => dates.get(c.article) ?? '9999';
  const byCountry = new Map<string, Claim[]>();
  for (const claim of content.claims) {
    if (!keep(claim)) continue;
    const list = byCountry.get(claim.country);
    if (list) list.push(claim);
    else byCountry.set(claim.country, [claim]);
  }
  for (const list of byCountry.values()) {
    list.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || published(a).localeCompare(published(b)) || a.start - b.start);
  }
  const editions = new Map([...content.reports].sort(byEdition).map((r, i) => [r.id, i]));
  const editionOf = (id: string) => editions.get(id) ?? editions.size;
  const summaries = new Map(content.countries.map((c) => [c.iso3, summarise(c, byCountry.get(c.iso3) ?? [], editionOf)]));
  return {
    content,
    countries: new Map(content.countries.map((c) => [c.iso3, c])),
    articles,
    reports,
    claimsByCountry: byCountry,
    summaries,
    mentioned: [...summaries.values()].filter((s) => s.status !== 'none').sort(compareSummaries),
  };
}
