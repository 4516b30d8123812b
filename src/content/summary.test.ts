import { describe, expect, it } from 'vitest';
import { indexContent, summarise } from './content-index.ts';
import { makeSummary, packSummary, unmentioned, unpackSummary } from './summary.ts';
import type { Content } from './types.ts';
import { articleOf, claimOf, countryOf, reportOf } from './test-support/builders.ts';

describe('the shipped summary', () => {
  const content: Content = {
    articles: [articleOf('a'), articleOf('b')],
    reports: [reportOf()],
    countries: [countryOf('NZL', 'New Zealand'), countryOf('PRK', 'North Korea'), countryOf('KOR', 'South Korea'), countryOf('FRA', 'France')],
    claims: [
      claimOf('NZL', 'a', 'operates-from', { type: 'report', report: 'r' }),
      claimOf('NZL', 'b', 'hosts-fronts'),
      claimOf('NZL', 'b', 'context'),
      claimOf('PRK', 'a', 'subject', { type: 'official', name: 'A. Minister', role: 'minister' }),
      claimOf('KOR', 'b', 'context', { type: 'report', report: 'r' }),
    ],
  };
  const index = indexContent(content);

  it('packs every country summary into a row and back, unchanged', () => {
    expect(index.mentioned.length).toBeGreaterThan(0);
    for (const s of index.mentioned) expect(unpackSummary(packSummary(s, content.reports), s.name, content.reports)).toEqual(s);
  });

  it('lists the countries each combination of filters keeps, in the same order as the full index would', () => {
    const summary = makeSummary(content, index, 3);
    expect(summary.mentioned['all/all']?.map((r) => r[0])).toEqual(index.mentioned.map((s) => s.iso3));
    const fromReports = indexContent(content, (c) => c.speaker.type === 'report').mentioned;
    expect(summary.mentioned['report/all']?.map((r) => r[0])).toEqual(fromReports.map((s) => s.iso3));
    const report = content.reports[0]!.id;
    const oneReport = indexContent(content, (c) => c.speaker.type === 'official' && c.report === report).mentioned;
    expect(summary.mentioned[`official/${report}`]?.map((r) => r[0])).toEqual(oneReport.map((s) => s.iso3));
    expect(Object.keys(summary.mentioned)).toHaveLength(4 * (content.reports.length + 1));
    expect(summary.tourSteps).toBe(3);
    expect(summary.articleCount).toBe(content.articles.length);
  });

  it('gives a country no quote mentions the same standing as indexing it would', () => {
    const france = content.countries.find((c) => c.iso3 === 'FRA')!;
    expect(unmentioned(france)).toEqual(summarise(france, []));
    expect(unmentioned(france)).toEqual(index.summaries.get('FRA'));
  });

  it('lists the articles themselves only while they are few', () => {
    expect(makeSummary(content, index, 0).articles).toEqual(content.articles);
    const many = { ...content, articles: Array.from({ length: 13 }, (_, i) => ({ ...content.articles[0]!, id: `a${i}` })) };
    expect(makeSummary(many, indexContent(many), 0).articles).toBeNull();
  });
});
