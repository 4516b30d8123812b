import { afterEach, describe, expect, it } from 'vitest';
import { indexContent } from '../src/content/content-index.ts';
import { whatChanged } from '../src/content/editions.ts';
import { loadDataDir } from './load-data-dir.ts';
import { REAL_DATA, refusedCopy, type DataFolder } from './test-support/data-folder.ts';
import { makeCountryTable, readWorldAtlas } from './world.ts';

let folder: DataFolder | undefined;
afterEach(() => folder?.remove());

const result = loadDataDir(REAL_DATA, makeCountryTable(readWorldAtlas('110m')));
if (!result.ok) throw new Error('the real data does not verify');
const { content } = result;
const index = indexContent(content);
const reportsNaming = (iso3: string) => index.summaries.get(iso3)?.reports;

describe('the report behind every claim', () => {
  it('puts the reports in the order of their editions', () => {
    expect(content.reports.map((r) => [r.id, r.published])).toEqual([
      ['rf-2017-07', '2017-07-25'],
      ['rf-2018-04', '2018-04-25'],
    ]);
  });

  it('takes a claim’s report from its speaker, or else from its article', () => {
    const reportOf = (id: string) => content.claims.find((c) => c.id === id)?.report;
    // The report quoted, and a reporter citing one.
    expect(reportOf('nzh-nations-ind')).toBe('rf-2017-07');
    expect(reportOf('sb-restaurants-tha')).toBe('rf-2018-04');
    // An official in an article on the July 2017 report.
    expect(reportOf('nzh-isolated-prk')).toBe('rf-2017-07');
    expect(content.claims.every((c) => content.reports.some((r) => r.id === c.report))).toBe(true);
  });

  it('finds Thailand and Bangladesh named only in the April 2018 report, the seven others and China in both', () => {
    // China: a tenth of the activity in the July 2017 report, and among the countries of the April 2018 one.
    expect(reportsNaming('THA')).toEqual(['rf-2018-04']);
    expect(reportsNaming('BGD')).toEqual(['rf-2018-04']);
    for (const iso3 of ['IND', 'MYS', 'NZL', 'NPL', 'KEN', 'MOZ', 'IDN']) expect(reportsNaming(iso3), iso3).toEqual(['rf-2017-07', 'rf-2018-04']);
    expect(reportsNaming('CHN')).toEqual(['rf-2017-07', 'rf-2018-04']);
    const china = index.claimsByCountry.get('CHN')?.filter((c) => c.kind === 'activity-share') ?? [];
    expect(new Set(china.map((c) => c.report))).toEqual(new Set(['rf-2017-07']));
  });

  it('says what changed between the editions, from the data', () => {
    expect(whatChanged(index.summaries.values(), content.reports)).toEqual(['The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand.']);
    // Take Nepal out of the later edition, and the sentence says so.
    const without = indexContent(content, (c) => !(c.country === 'NPL' && c.report === 'rf-2018-04'));
    expect(whatChanged(without.summaries.values(), content.reports)).toEqual([
      'The April 2018 report names two countries the July 2017 report did not: Bangladesh and Thailand, and no longer names Nepal.',
    ]);
  });

  it('fails the build, naming the claim, when its article covers two reports and its speaker names none', () => {
    const refused = refusedCopy((f) =>
      f.editJson('sources.json', (json) => {
        const article = (json.articles as { id: string; reportsOn: string[] }[]).find((a) => a.id === 'nzherald-2017-07-27');
        if (article) article.reportsOn = ['rf-2017-07', 'rf-2018-04'];
      }),
    );
    folder = refused.folder;
    const ids = refused.problems.map((p) => p.id);
    expect(ids).toEqual(['nzh-isolated-prk', 'nzh-gcsb-inquiry-nzl', 'nzh-gcsb-look-nzl', 'nzh-china-infrastructure-chn', 'nzh-huawei-aus']);
    expect(refused.problems[0]).toMatchObject({
      field: 'speaker',
      message: 'cannot tell which report this claim comes from: its article "nzherald-2017-07-27" covers rf-2017-07, rf-2018-04, and its official speaker names none; name the report in speaker.citing',
    });
    expect(refused.problems[0]?.file).toMatch(/claims\.json$/);
  });

  it('refuses a report without a date, naming the file, report and field', () => {
    const refused = refusedCopy((f) =>
      f.editJson('sources.json', (json) => {
        const report = (json.reports as { id: string; published: string | null }[]).find((r) => r.id === 'rf-2018-04');
        if (report) report.published = null;
      }),
    );
    folder = refused.folder;
    expect(refused.problems[0]).toEqual(expect.objectContaining({ id: 'rf-2018-04', field: 'published' }));
    expect(refused.problems[0]?.file).toMatch(/sources\.json$/);
  });
});
