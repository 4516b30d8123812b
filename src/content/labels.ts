import type { ContentIndex, CountryStatus, CountrySummary } from './content-index.ts';
import { countOf, pluralise } from './plural.ts';
import { editionName } from './editions.ts';
import { MONTHS } from './months.ts';
import type { Filters } from './filters.ts';
import type { Article, ClaimKind, Report, Speaker, SpeakerType } from './types.ts';

// The atlas's vocabulary: every label for a kind of claim, a country's standing and a kind of
// speaker is written here once, so that the panel, map, legend, list, table, search and exports agree.

/** What each kind of claim says, in the sources' own terms: the label on a quote. */
export const KIND_LABELS: Record<ClaimKind, string> = {
  'operates-from': 'Named as a likely base of North Korean activity',
  'hosts-fronts': 'Hosts North Korean state-run restaurants and diplomatic establishments',
  'activity-share': 'Involved in a share of the observed activity',
  subject: 'About North Korea itself',
  context: 'Context only',
};

/** The legend's shorter labels for the kinds that colour the map. */
export const KIND_LEGEND_LABELS: Partial<Record<ClaimKind, string>> = {
  'operates-from': 'A likely base of North Korean activity',
  'hosts-fronts': 'Hosts state-run restaurants and diplomatic establishments',
  'activity-share': 'Involved in a share of the observed activity',
};

/** How a summary sentence names what is claimed, by kind. */
const KIND_PHRASES: Record<ClaimKind, string> = {
  'operates-from': 'as a likely base of North Korean activity',
  'hosts-fronts': 'as a host of North Korean state-run restaurants and diplomatic establishments',
  'activity-share': 'as involved in a share of the observed North Korean activity',
  subject: '',
  context: '',
};

/** What a country is to the articles, in a word or two: the table's column, the legend, search. */
export const STATUS_TITLES: Record<CountryStatus, string> = {
  named: 'Named as a place of activity',
  subject: 'The subject',
  context: 'Context only',
  none: 'Not named',
};

/** The list's headings over the countries of each standing. */
export const STATUS_HEADINGS: Record<Exclude<CountryStatus, 'none'>, string> = {
  named: 'Named as places of North Korean activity',
  subject: 'The subject',
  context: 'Mentioned only as context',
};

/** What each standing means, for a newcomer: the legend's hints. */
export const STATUS_MEANINGS: Record<CountryStatus, string> = {
  named: 'Articles naming the country as a place of North Korean activity',
  subject: 'The subject of the reports',
  context: 'Mentioned, but not as a place of North Korean activity',
  none: 'Not mentioned in any article',
};

/** Whose quotes the filter keeps. */
export const SPEAKER_FILTER_LABELS: Record<'all' | SpeakerType, string> = { all: 'Everyone', report: 'The reports', official: 'Officials', reporter: 'Reporters' };

/** A label as it reads inside a sentence: "Context only" → "context only". */
export const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** Whose quotes the filter keeps, inside a sentence: "the reports", "officials". */
export const speakersInSentence = (filter: 'all' | SpeakerType) => inSentence(SPEAKER_FILTER_LABELS[filter]);

/**
 * The quotes the filters keep, after `lead`: "quotes from reporters on the July 2017 report".
 * Empty when nothing is filtered.
 */
export function filtersInSentence({ speaker, report }: Filters, reports: readonly Report[], lead = ' '): string {
  const chosen = report === null ? undefined : reports.find((r) => r.id === report);
  if (speaker === 'all' && !chosen) return '';
  return `${lead}quotes${speaker === 'all' ? '' : ` from ${speakersInSentence(speaker)}`}${chosen ? ` on ${editionName(chosen, reports)}` : ''}`;
}

/** "Named by 3 articles". */
export const namedByLine = (articles: number) => `Named by ${countOf(articles, 'article')}`;

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
  if (contextCount === 0) return countOf(main, 'quote');
  if (main === 0) return countOf(contextCount, 'quote');
  return `${countOf(main, 'quote')}; ${contextCount} more ${pluralise(contextCount, 'gives', 'give')} context`;
}

/** One line that sums up what is claimed about a country and by how many articles. */
export function summaryLine(summary: CountrySummary, totalArticles: number): string {
  const some = (n: number) => (n === totalArticles && n > 1 ? `All ${n} articles` : `${n} of the ${countOf(totalArticles, 'article')}`);
  switch (summary.status) {
    case 'named': {
      const n = summary.namingCount;
      const only = summary.activityKinds.length === 1 ? summary.activityKinds[0] : undefined;
      const how = only ? KIND_PHRASES[only] : 'as a place of North Korean activity';
      return `${some(n)} ${pluralise(n, 'names', 'name')} ${summary.name} ${how} (${quoteCounts(summary)}).`;
    }
    case 'subject': {
      const n = summary.quotingCount;
      return `${STATUS_MEANINGS.subject}: ${some(n)} ${pluralise(n, 'makes', 'make')} claims about it (${quoteCounts(summary)}).`;
    }
    case 'context': {
      const n = summary.quotingCount;
      return `Not named as a place of North Korean activity; ${some(n).replace(/^A/, 'a')} ${pluralise(n, 'mentions', 'mention')} it only as context (${quoteCounts(summary)}).`;
    }
    case 'none':
      return `Not named in any of the ${countOf(totalArticles, 'article')}.`;
  }
}

/** A country's standing in a few words, out of all the articles: a link preview's title, a card's line. */
export function standingLine(summary: CountrySummary, totalArticles: number): string {
  const of = (n: number) => `${n} of ${countOf(totalArticles, 'article')}`;
  switch (summary.status) {
    case 'named':
      return `Named by ${of(summary.namingCount)}`;
    case 'subject':
      return `The subject of ${of(summary.quotingCount)}`;
    case 'context':
      return `Mentioned only as context in ${of(summary.quotingCount)}`;
    case 'none':
      return `Not named in any of the ${countOf(totalArticles, 'article')}`;
  }
}

/** Short form for tooltips. */
export function tooltipLine(summary: CountrySummary): string {
  switch (summary.status) {
    case 'named':
      return `${namedByLine(summary.namingCount)} · ${quoteCounts(summary)}`;
    case 'subject':
      return `${STATUS_MEANINGS.subject} · ${quoteCounts(summary)}`;
    case 'context':
      return `${STATUS_TITLES.context} · ${quoteCounts(summary)}`;
    case 'none':
      return STATUS_TITLES.none;
  }
}
