// What a download covers, in words: every report or the one chosen, the articles whose quotes the
// filters keep, and whose quotes they are. The map's subtitle and source line and the deck's
// title and overview all say it the same way.
import type { ContentIndex } from '../content/content-index.ts';
import { editionDate } from '../content/editions.ts';
import type { Filters } from '../content/filters.ts';
import { speakersInSentence } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import type { Article, Report } from '../content/types.ts';

export interface ExportScope {
  /** The report chosen, if one is. */
  report: Report | undefined;
  /** Every report, oldest first. */
  reports: readonly Report[];
  /** The articles whose quotes count: all of them, unless a filter leaves some without any. */
  articles: Article[];
  speaker: Filters['speaker'];
}

/** What a download made from `index` (the content as the filters leave it) covers. */
export function scopeOf(index: ContentIndex, filters: Filters): ExportScope {
  const { content } = index;
  const report = filters.report === null ? undefined : content.reports.find((r) => r.id === filters.report);
  const quoted = new Set([...index.claimsByCountry.values()].flat().map((c) => c.article));
  const filtered = filters.report !== null || filters.speaker !== 'all';
  return { report, reports: content.reports, articles: filtered ? content.articles.filter((a) => quoted.has(a.id)) : content.articles, speaker: filters.speaker };
}

const origins = (reports: readonly Report[]) => [...new Set(reports.map((r) => r.origin))].join(', ');

/** "Recorded Future’s July 2017 report", or "Recorded Future’s report “…”" when two share a month. */
export function reportOfOrigin(report: Report, reports: readonly Report[]): string {
  const date = editionDate(report, reports);
  return `${report.origin}’s ${date.startsWith('“') ? `report ${date}` : `${date} report`}`;
}

/** Whose reports: "Recorded Future’s reports", or the one chosen with its title: "Recorded Future’s July 2017 report, “…”,". */
function reportsPhrase({ report, reports }: ExportScope): string {
  if (!report) return `${origins(reports)}’s reports`;
  const named = reportOfOrigin(report, reports);
  return named.endsWith('”') ? named : `${named}, “${report.title}”,`;
}

/**
 * "Recorded Future’s reports as covered by 3 news articles"; with a report chosen, "Recorded
 * Future’s July 2017 report, “…”, as covered by 2 news articles"; then whose quotes, if the filter
 * keeps some only: "; only quotes from reporters".
 */
export function coverageLine(scope: ExportScope): string {
  const speakers = scope.speaker === 'all' ? '' : `; only quotes from ${speakersInSentence(scope.speaker)}`;
  return `${reportsPhrase(scope)} as covered by ${countOf(scope.articles.length, 'news article')}${speakers}`;
}
