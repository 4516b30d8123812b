// The verified claims as rows to download, one per claim with everything needed to cite it, and
// those rows as CSV (RFC 4180) and JSON. The build writes every claim's; the page makes the rows its
// filters keep.
import type { ContentIndex } from './content-index.ts';
import type { Claim, Speaker } from './types.ts';

export const CLAIM_COLUMNS = [
  'id',
  'country',
  'country_name',
  'article',
  'publisher',
  'headline',
  'url',
  'published',
  'published_inferred',
  'speaker',
  'report',
  'report_title',
  'report_published',
  'kind',
  'quote',
  'start',
  'end',
  'note',
] as const;

export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number], string | number | null>;

function speakerText(speaker: Speaker): string {
  switch (speaker.type) {
    case 'report':
      return 'report';
    case 'official':
      return `official: ${speaker.name}, ${speaker.role}`;
    case 'reporter':
      return speaker.relaying ? `reporter, relaying ${speaker.relaying}` : 'reporter';
  }
}

/** One flat row per claim `keep` keeps, in the order of the data, with everything needed to cite it. */
export function toClaimRows(index: ContentIndex, keep: (claim: Claim) => boolean = () => true): ClaimRow[] {
  return index.content.claims.filter(keep).map((c) => {
    const article = index.articles.get(c.article);
    const report = index.reports.get(c.report);
    return {
      id: c.id,
      country: c.country,
      country_name: index.countries.get(c.country)?.name ?? c.country,
      article: c.article,
      publisher: article?.publisher ?? null,
      headline: article?.headline ?? null,
      url: article?.url ?? null,
      published: article?.published ?? null,
      published_inferred: article?.publishedInferred ? 'yes' : 'no',
      speaker: speakerText(c.speaker),
      // The report the claim comes from: its speaker's, or its article's.
      report: c.report,
      report_title: report?.title ?? null,
      report_published: report?.published ?? null,
      kind: c.kind,
      quote: c.quote,
      start: c.start,
      end: c.end,
      note: c.note ?? null,
    };
  });
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheets read the curly quotes right. */
export function toCsv(rows: readonly ClaimRow[]): string {
  const lines = [CLAIM_COLUMNS.join(','), ...rows.map((r) => CLAIM_COLUMNS.map((k) => csvCell(r[k])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ClaimRow[]): string {
  return `${JSON.stringify({ columns: CLAIM_COLUMNS, claims: rows }, null, 2)}\n`;
}
