import type { ContentIndex, CountrySummary } from './content-index.ts';
import type { Article, ClaimKind, Report, Speaker } from './types.ts';

export const KIND_LABELS: Record<ClaimKind, string> = {
  'operates-from': 'North Korean activity is run from here',
  'hosts-fronts': 'Hosts North Korean restaurants and diplomatic fronts',
  'activity-share': 'A share of the observed activity',
  subject: 'About North Korea itself',
  context: 'Context only',
};

/** How a summary sentence names what is claimed, by kind. */
const KIND_PHRASES: Record<ClaimKind, string> = {
  'operates-from': 'as a place North Korean activity is run from',
  'hosts-fronts': 'as a host of North Korean restaurants and diplomatic fronts',
  'activity-share': 'as the source of a share of the observed North Korean activity',
  subject: '',
  context: '',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatDate(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
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
      return speaker.citing ? `The reporter, citing ${reportLabel(reports.get(speaker.citing))}` : 'The reporter’s own words';
  }
}

/** The article as a citation: publisher, then its headline or, failing that, its date. */
export function articleCitation(article: Article): string {
  if (article.headline) return `${article.publisher}: “${article.headline}”`;
  return `${article.publisher}, ${formatDate(article.published) ?? 'undated article'}`;
}

/** The date to show beside a citation; empty where the citation already carries it. */
export function articleDate(article: Article): string {
  if (!article.headline) return '';
  return formatDate(article.published) ?? 'date not stated';
}

/** One line that sums up what is claimed about a country and by how many articles. */
export function summaryLine(summary: CountrySummary, totalArticles: number): string {
  const quotes = plural(summary.quoteCount, 'quote');
  const some = (n: number) => (n === totalArticles && n > 1 ? `All ${n} articles` : `${n} of the ${plural(totalArticles, 'article')}`);
  switch (summary.status) {
    case 'named': {
      const only = summary.activityKinds.length === 1 ? summary.activityKinds[0] : undefined;
      const how = only ? KIND_PHRASES[only] : 'as a place of North Korean activity';
      const n = summary.namingArticles.length;
      return `${some(n)} ${n === 1 ? 'names' : 'name'} ${summary.name} ${how} (${quotes}).`;
    }
    case 'subject':
      return `The subject of the reports: ${some(summary.quotingArticles.length)} ${summary.quotingArticles.length === 1 ? 'makes' : 'make'} claims about it (${quotes}).`;
    case 'context': {
      const n = summary.quotingArticles.length;
      return `Not named as a place of North Korean activity; ${some(n).replace(/^A/, 'a')} ${n === 1 ? 'mentions' : 'mention'} it only as context (${quotes}).`;
    }
    case 'none':
      return `Not named in any of the ${plural(totalArticles, 'article')}.`;
  }
}

/** Short form for tooltips. */
export function tooltipLine(summary: CountrySummary): string {
  const quotes = plural(summary.quoteCount, 'quote');
  switch (summary.status) {
    case 'named':
      return `Named by ${plural(summary.namingArticles.length, 'article')} · ${quotes}`;
    case 'subject':
      return `The subject of the reports · ${quotes}`;
    case 'context':
      return `Context only · ${quotes}`;
    case 'none':
      return 'Not named';
  }
}
