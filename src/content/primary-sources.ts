import type { CountrySummary, QuoteSources } from './content-index.ts';
import { countOf } from './plural.ts';
import { ACTIVITY_KINDS, type Claim } from './types.ts';

export interface PrimarySources {
  articles: number;
  reports: string[];
  /** Distinct organisations behind those reports: the independent primary sources. */
  origins: string[];
}

/** The reports a claim rests on: the one its speaker quotes or cites, else those its article covers. */
function reportsOf(claim: Claim, index: QuoteSources): string[] {
  const { speaker } = claim;
  if (speaker.type === 'report') return [speaker.report];
  if (speaker.type === 'reporter' && speaker.citing) return [speaker.citing];
  return index.articles.get(claim.article)?.reportsOn ?? [];
}

/** Which reports and organisations the claims naming a country trace back to. */
export function primarySources(summary: CountrySummary, index: QuoteSources): PrimarySources {
  const claims = (index.claimsByCountry.get(summary.iso3) ?? []).filter((c) => ACTIVITY_KINDS.includes(c.kind));
  const reports = [...new Set(claims.flatMap((c) => reportsOf(c, index)))].sort();
  const origins = [...new Set(reports.map((r) => index.reports.get(r)?.origin ?? r))].sort();
  return { articles: summary.namingCount, reports, origins };
}

/** One sentence that keeps repetition of one source from reading as corroboration. */
export function primarySourcesLine(sources: PrimarySources): string | null {
  const { articles, reports, origins } = sources;
  if (articles === 0 || origins.length === 0) return null;
  const behind = countOf(reports.length, 'report');
  if (origins.length === 1) {
    const origin = origins[0];
    if (articles === 1) return `The one article naming it traces back to ${origin} (${behind}).`;
    const all = articles === 2 ? 'Both articles' : `All ${articles} articles`;
    return `${all} naming it trace back to one primary source, ${origin} (${behind}): repeated coverage, not independent corroboration.`;
  }
  return `The ${countOf(articles, 'article')} naming it trace back to ${origins.length} independent primary sources: ${origins.join(', ')} (${behind}).`;
}
