import { describe, expect, it } from 'vitest';
import { indexContent } from '../content/content-index.ts';
import { sampleCorpus, testContent, twoEditionCorpus } from '../content/test-support/content-fixture.ts';
import { makeWholeContent } from '../content/whole-content.ts';
import { changesOf, makeTourSteps, tourStepsOf } from './tour-steps.ts';

const kinds = (steps: ReturnType<typeof makeTourSteps>) => steps.map((s) => (s.kind === 'country' ? s.iso3 : s.kind));

describe('the tour’s step on what changed between the reports', () => {
  it('follows the overview, saying what the later report names that the earlier did not', () => {
    const steps = makeTourSteps(indexContent(twoEditionCorpus()));
    expect(kinds(steps)).toEqual(['overview', 'changes', 'NZL', 'THA', 'sources']);
    expect(steps[1]).toEqual({ kind: 'changes', sentences: ['The April 2018 report names one country the July 2017 report did not: Thailand.'] });
  });

  it('is left out with a single report', () => {
    expect(kinds(makeTourSteps(indexContent(sampleCorpus())))).toEqual(['overview', 'NZL', 'THA', 'sources']);
  });

  it('is told over every report when the briefing keeps one report only', () => {
    const whole = makeWholeContent(twoEditionCorpus());
    const first = whole.for({ speaker: 'all', report: 'r' });
    expect(changesOf(first)).toEqual(['The April 2018 report names no country the July 2017 report did not, and no longer names New Zealand.']);
    expect(changesOf(first, whole.index)).toEqual(['The April 2018 report names one country the July 2017 report did not: Thailand.']);
    expect(kinds(makeTourSteps(first, changesOf(first, whole.index)))).toEqual(['overview', 'changes', 'NZL', 'sources']);
  });

  it('follows the filters: one report’s briefing holds its countries only, made once per filter', () => {
    const corpus = twoEditionCorpus();
    const { content } = testContent({ corpus });
    const whole = makeWholeContent(corpus);
    expect(kinds(tourStepsOf(content, whole))).toEqual(['overview', 'changes', 'NZL', 'THA', 'sources']);
    const first = tourStepsOf(content, whole, { speaker: 'all', report: 'r' });
    expect(kinds(first)).toEqual(['overview', 'changes', 'NZL', 'sources']);
    expect(tourStepsOf(content, whole, { speaker: 'all', report: 'r' })).toBe(first);
  });

  it('is counted in the number of steps the page is told of, as the build counts them', () => {
    for (const corpus of [sampleCorpus(), twoEditionCorpus()]) {
      expect(testContent({ corpus }).content.summary.tourSteps).toBe(makeTourSteps(indexContent(corpus)).length);
    }
  });
});
