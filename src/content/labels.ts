import type { ContentIndex, CountrySummary } from './content-index.ts';
import type { Article, ClaimKind, Report, Speaker } from './types.ts';

/** What each kind of claim says, in the sources' own terms. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  'operates-from': 'Named as a likely base of North Korean activity',
  'hosts-fronts': 'Hosts North Korean state-run restaurants and diplomatic establishments',
  'activity-share': 'Involved in a share of the observed activity',
  subject: 'About North Korea itself',
  context: 'Context only',
};

/** How a summary sentence names what is claimed, by kind. */
const KIND_PHRASES: Record<ClaimKind, string> = {
  'operates-from': 'as a likely base of North Korean activity',
  'hosts-fronts': 'as a host of North Korean state-run restaurants and diplomatic establishments',
  'activity-share': 'as involved in a share of the observed North Korean activity',
  subject: '',
  context: '',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO day as "7 May 2018"; written out by hand, which is much quicker than starting Intl for it. */
export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A moment as the day it fell on, in UTC: "22 November 2026". */
export function formatDay(moment: Date): string {
  return formatDate(moment.toISOString().slice(0, 10)) ?? '';
}

export function reportLabel(report: Report | undefined): string {
  if (!report) return 'a report';
  const date = formatDate(report.published);
  return `${report.publisher}, “${report.title}”${date ? ` (${date})` : ''}`;
}

export function speakerLabel(speaker: Speaker, reports: ContentIndex['reports']): string {
  switch (speaker.type) {
    case 'report':
      return `The report: ${reportLabel(reports.get(speaker.report))}`;
    case 'official':
      return `${speaker.name}, ${speaker.role}`;
    case 'reporter':
      if (speaker.relaying) return `The reporter, reporting what ${speaker.relaying} said`;
      return speaker.citing ? `The reporter, citing ${reportLabel(reports.get(speaker.citing))}` : 'The reporter’s own words';
  }
}

/** The article's date as a reader should take it: stated, inferred, or not known. */
export function articleDateText(article: Article): string {
  const date = formatDate(article.published);
  if (!date) return 'date not stated';
  return article.publishedInferred ? `${date} (date inferred)` : date;
}

/** The article as a citation: publisher, then its headline or, failing that, its date. */
export function articleCitation(article: Article): string {
  if (article.headline) return `${article.publisher}: “${article.headline}”`;
  return `${article.publisher}, ${articleDateText(article)}`;
}

/** The date to show beside a citation; empty where the citation already carries it. */
export function articleDate(article: Article): string {
  return article.headline ? articleDateText(article) : '';
}

function quoteCounts(summary: CountrySummary): string {
  const { quoteCount, contextCount } = summary;
  const main = quoteCount - contextCount;
  if (contextCount === 0) return plural(main, 'quote');
  if (main === 0) return plural(contextCount, 'quote');
  return `${plural(main, 'quote')}; ${contextCount} more ${contextCount === 1 ? 'gives' : 'give'} context`;
}

/** One line that sums up what is claimed about a country and by how many articles. */
export function summaryLine(summary: CountrySummary, totalArticles: number): string {
  const some = (n: number) => (n === totalArticles && n > 1 ? `All ${n} articles` : `${n} of the ${plural(totalArticles, 'article')}`);
  const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
  switch (summary.status) {
    case 'named': {
      const n = summary.namingCount;
      const only = summary.activityKinds.length === 1 ? summary.activityKinds[0] : undefined;
      const how = only ? KIND_PHRASES[only] : 'as a place of North Korean activity';
      return `${some(n)} ${verb(n, 'names', 'name')} ${summary.name} ${how} (${quoteCounts(summary)}).`;
    }
    case 'subject': {
      const n = summary.quotingCount;
      return `The subject of the reports: ${some(n)} ${verb(n, 'makes', 'make')} claims about it (${quoteCounts(summary)}).`;
    }
    case 'context': {
      const n = summary.quotingCount;
      return `Not named as a place of North Korean activity; ${some(n).replace(/^A/, 'a')} ${verb(n, 'mentions', 'mention')} it only as context (${quoteCounts(summary)}).`;
    }
    case 'none':
      return `Not named in any of the ${plural(totalArticles, 'article')}.`;
  }
}

/** Short form for tooltips. */
export function tooltipLine(summary: CountrySummary): string {
  switch (summary.status) {
    case 'named':
      return `Named by ${plural(summary.namingCount, 'article')} · ${quoteCounts(summary)}`;
    case 'subject':
      return `The subject of the reports · ${quoteCounts(summary)}`;
    case 'context':
      return `Context only · ${quoteCounts(summary)}`;
    case 'none':
      return 'Not named';
  }
}
