import { describe, expect, it } from 'vitest';
import { articleOf, claimOf, reportOf } from '../../content/test-support/builders.ts';
import { groupQuotes } from './quote-groups.ts';

const older = reportOf('r1', 'RF', { published: '2017-07-25' });
const newer = reportOf('r2', 'RF', { published: '2018-04-25' });
const articles = new Map([
  ['late', articleOf('late', { published: '2018-05-07' })],
  ['early', articleOf('early', { published: '2017-07-27' })],
]);

describe('the quotes of a panel, grouped', () => {
  it('groups by report, oldest edition first, then by article, oldest first, keeping each article’s order', () => {
    const a = claimOf('NZL', 'late', 'operates-from', { type: 'report', report: 'r2' });
    const b = claimOf('NZL', 'early', 'operates-from', { type: 'report', report: 'r1' });
    const c = claimOf('NZL', 'late', 'hosts-fronts', { type: 'reporter', citing: 'r1' });
    const d = claimOf('NZL', 'early', 'context', { type: 'reporter', citing: 'r1' });
    const groups = groupQuotes([a, b, c, d], [older, newer], articles);
    expect(groups.map((g) => [g.report?.id, g.claims.map((x) => x.id)])).toEqual([
      ['r1', [b.id, d.id, c.id]],
      ['r2', [a.id]],
    ]);
    // The first quote of each article's run is where the article is named.
    expect([...(groups[0]?.articleStarts ?? [])]).toEqual([b.id, c.id]);
  });

  it('keeps one group when the atlas covers one report, and none without quotes', () => {
    const a = claimOf('NZL', 'late');
    expect(groupQuotes([a], [older], articles).map((g) => [g.report, g.claims.length])).toEqual([[null, 1]]);
    expect(groupQuotes([], [older, newer], articles)).toEqual([]);
  });

  it('leaves out a report with no quotes about the country', () => {
    const a = claimOf('NZL', 'late', 'operates-from', { type: 'report', report: 'r2' });
    expect(groupQuotes([a], [older, newer], articles).map((g) => g.report?.id)).toEqual(['r2']);
  });
});
