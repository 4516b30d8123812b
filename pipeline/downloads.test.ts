import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, toCsv, toJson, type ClaimRow } from './downloads.ts';

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
