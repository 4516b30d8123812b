// A country's quotes as the panel lists them: by the report they come from (oldest edition first),
// then by the article that carried them (oldest first), each article's quotes in reading order.
import type { Article, Claim, Report } from '../../content/types.ts';

export interface QuoteGroup {
  /** The report, or null when the quotes are not split by report. */
  report: Report | null;
  claims: Claim[];
  /** The quotes that open an article's run in the group: the article is named above them. */
  articleStarts: ReadonlySet<string>;
}

const articleDay = (article: Article | undefined) => article?.published ?? '9999';

function byArticle(report: Report | null, claims: readonly Claim[], articles: ReadonlyMap<string, Article>): QuoteGroup {
  const order = [...new Set(claims.map((c) => c.article))].sort((a, b) => articleDay(articles.get(a)).localeCompare(articleDay(articles.get(b))));
  const runs = order.map((id) => claims.filter((c) => c.article === id));
  return { report, claims: runs.flat(), articleStarts: new Set(runs.map((run) => run[0]?.id ?? '')) };
}

/**
 * Groups by report when the atlas covers more than one, else one group; `reports` oldest first.
 * Within a group, quotes keep their reading order inside each article.
 */
export function groupQuotes(claims: readonly Claim[], reports: readonly Report[], articles: ReadonlyMap<string, Article>): QuoteGroup[] {
  if (claims.length === 0) return [];
  if (reports.length < 2) return [byArticle(null, claims, articles)];
  return reports.map((report) => byArticle(report, claims.filter((c) => c.report === report.id), articles)).filter((g) => g.claims.length > 0);
}
