import { describe, expect, it } from 'vitest';
import { indexContent } from './content-index.ts';
import { primarySources, primarySourcesLine } from './primary-sources.ts';
import { articleOf, claimOf, countryOf, reportOf } from './test-support/builders.ts';
import type { Claim, Content } from './types.ts';

const article = (id: string, reportsOn: string[]) => articleOf(id, { reportsOn });
const report = (id: string, origin: string) => reportOf(id, origin);
const claim = (country: string, articleId: string, speaker: Claim['speaker'], kind: Claim['kind'] = 'operates-from') => claimOf(country, articleId, kind, speaker);
const content: Content = {
  articles: [article('a1', ['rf1']), article('a2', ['rf1']), article('a3', ['rf2']), article('a4', ['other'])],
  reports: [report('rf1', 'Recorded Future'), report('rf2', 'Recorded Future'), report('other', 'Another Lab')],
  countries: ['NZL', 'THA', 'KEN', 'AUS'].map((iso3) => countryOf(iso3)),
  claims: [
    claim('NZL', 'a1', { type: 'report', report: 'rf1' }),
    claim('NZL', 'a2', { type: 'reporter', citing: 'rf1' }),
    claim('NZL', 'a3', { type: 'reporter' }),
    claim('NZL', 'a4', { type: 'official', name: 'X', role: 'Y' }, 'context'),
    claim('THA', 'a3', { type: 'report', report: 'rf2' }),
    claim('KEN', 'a1', { type: 'report', report: 'rf1' }),
    claim('KEN', 'a4', { type: 'reporter' }),
    claim('AUS', 'a4', { type: 'reporter' }, 'context'),
  ],
};
const index = indexContent(content);
const line = (iso3: string) => primarySourcesLine(primarySources(index.summaries.get(iso3)!, index));

describe('tracing articles back to their primary sources', () => {
  it('three articles repeating one firm’s reports are one primary source, not three', () => {
    expect(primarySources(index.summaries.get('NZL')!, index)).toEqual({ articles: 3, reports: ['rf1', 'rf2'], origins: ['Recorded Future'] });
    expect(line('NZL')).toBe('All 3 articles naming it trace back to one primary source, Recorded Future (2 reports): repeated coverage, not independent corroboration.');
  });

  it('a single article traces back to its report', () => {
    expect(line('THA')).toBe('The one article naming it traces back to Recorded Future (1 report).');
  });

  it('articles resting on different organisations count as independent sources', () => {
    expect(line('KEN')).toBe('The 2 articles naming it trace back to 2 independent primary sources: Another Lab, Recorded Future (2 reports).');
  });

  it('says nothing for a country named only as context', () => {
    expect(line('AUS')).toBeNull();
  });
});
