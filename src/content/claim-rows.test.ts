import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, toClaimRows, toCsv, toJson, type ClaimRow } from './claim-rows.ts';
import { indexContent } from './content-index.ts';
import { keepsClaim } from './filters.ts';
import { twoEditionCorpus } from './test-support/content-fixture.ts';

const row = (quote: string): ClaimRow => ({
  id: 'x',
  country: 'NZL',
  country_name: 'New Zealand',
  article: 'a',
  publisher: 'NZ Herald',
  headline: null,
  url: 'https://example.org/a?b=1&c=2',
  published: '2017-07-27',
  published_inferred: 'yes',
  speaker: 'official: Gerry Brownlee, Foreign Minister',
  report: 'rf-2017-07',
  report_title: 'North Korea’s Ruling Elite Are Not Isolated',
  report_published: '2017-07-25',
  kind: 'context',
  quote,
  start: 3,
  end: 3 + quote.length,
  note: null,
});

describe('the data downloads', () => {
  it('the CSV starts with a byte-order mark and a header of every column', () => {
    const csv = toCsv([]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(`${CLAIM_COLUMNS.join(',')}\r\n`);
  });

  it('quotes cells with commas, quote marks or line breaks, doubling the quote marks', () => {
    const csv = toCsv([row('He said "so,\nthere".')]);
    expect(csv).toContain('"He said ""so,\nthere""."');
    expect(csv).toContain('"official: Gerry Brownlee, Foreign Minister"');
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('leaves empty cells for missing values and keeps curly quotes as they are', () => {
    const line = toCsv([row('“Verbatim”')]).split('\r\n')[1];
    expect(line).toBe('x,NZL,New Zealand,a,NZ Herald,,https://example.org/a?b=1&c=2,2017-07-27,yes,"official: Gerry Brownlee, Foreign Minister",rf-2017-07,North Korea’s Ruling Elite Are Not Isolated,2017-07-25,context,“Verbatim”,3,13,');
  });

  it('the JSON carries the same rows and names its columns', () => {
    expect(JSON.parse(toJson([row('q')]))).toEqual({ columns: [...CLAIM_COLUMNS], claims: [row('q')] });
  });
});

describe('the rows of a selection', () => {
  it('keeps only the claims the filters keep, in the order of the data, naming each one’s report', () => {
    const corpus = twoEditionCorpus();
    const index = indexContent(corpus);
    const all = toClaimRows(index);
    expect(all.map((r) => r.id)).toEqual(corpus.claims.map((c) => c.id));
    const second = toClaimRows(index, keepsClaim({ speaker: 'all', report: 'r2' }));
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThan(all.length);
    expect(second.map((r) => r.id)).toEqual(corpus.claims.filter((c) => c.report === 'r2').map((c) => c.id));
    expect(new Set(second.map((r) => `${r.report} ${r.report_title} ${r.report_published}`))).toEqual(new Set(['r2 The second 2018-04-25']));
    const reports = toClaimRows(index, keepsClaim({ speaker: 'report', report: null }));
    expect(reports.every((r) => r.speaker === 'report')).toBe(true);
  });
});
