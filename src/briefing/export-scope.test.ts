import { describe, expect, it } from 'vitest';
import { testContent, twoEditionCorpus } from '../content/test-support/content-fixture.ts';
import { reportOf } from '../content/test-support/builders.ts';
import { makeWholeContent } from '../content/whole-content.ts';
import { exportMapInput, sourceLine } from './export-model.ts';
import { coverageLine, reportOfOrigin, scopeOf } from './export-scope.ts';

const corpus = twoEditionCorpus();
const whole = makeWholeContent(corpus);
const { content } = testContent({ corpus, atHand: { whole: true } });
const made = new Date('2024-03-05T12:00:00Z');
const view = { country: null, speaker: 'all', report: null, measure: 'articles' } as const;

describe('what a download covers', () => {
  it('names every report’s origin and every outlet when nothing is filtered', () => {
    expect(sourceLine(whole, made)).toBe('Source: Recorded Future reports, as covered by NZ Herald, SecurityBrief. Made with Report Atlas on 5 March 2024.');
    expect(exportMapInput(content, whole, view, { made }).subtitle).toBe('Recorded Future’s reports as covered by 2 news articles.');
  });

  it('names the report chosen, by its edition, and only the outlets whose articles it keeps', () => {
    const filters = { speaker: 'all', report: 'r' } as const;
    expect(sourceLine(whole, made, undefined, filters)).toBe('Source: Recorded Future’s July 2017 report, as covered by NZ Herald. Made with Report Atlas on 5 March 2024.');
    const input = exportMapInput(content, whole, { ...view, ...filters }, { made, page: 'https://atlas.test/?report=r' });
    expect(input.subtitle).toBe('Recorded Future’s July 2017 report, “The first”, as covered by 1 news article.');
    expect(input.source).toBe('Source: Recorded Future’s July 2017 report, as covered by NZ Herald. Made with Report Atlas on 5 March 2024: https://atlas.test/?report=r');
  });

  it('says whose quotes it keeps, and counts only the articles that give them', () => {
    const filters = { speaker: 'official', report: null } as const;
    expect(coverageLine(scopeOf(whole.for(filters), filters))).toBe('Recorded Future’s reports as covered by 1 news article; only quotes from officials');
    expect(sourceLine(whole, made, undefined, filters)).toBe('Source: Recorded Future reports, as covered by SecurityBrief. Made with Report Atlas on 5 March 2024.');
  });

  it('names a report by its title when another report shares its month', () => {
    const reports = [reportOf('a', 'R', { title: 'First', published: '2018-04-02' }), reportOf('b', 'R', { title: 'Second', published: '2018-04-20' })];
    const [, second] = reports;
    expect(second && reportOfOrigin(second, reports)).toBe('R’s report “Second”');
  });
});
