import { describe, expect, it } from 'vitest';
import { changeAt } from '../content/editions.ts';
import { NO_FILTERS } from '../content/filters.ts';
import { testContent } from '../content/test-support/content-fixture.ts';
import { EDITIONS, editionsCorpus } from '../content/test-support/editions-corpus.ts';
import { choroplethFor, editionStepOf } from './atlas-model.ts';
import { MIN_STEPPED_EDITIONS, stepOf, stepsThroughEditions, untilOf } from './edition-steps.ts';

const { content } = testContent({ corpus: editionsCorpus() });
const REPORTS = EDITIONS;
const IDS = EDITIONS.map((r) => r.id);
const summaries = () => [...content.summaryView(NO_FILTERS).summaries.values()];

/** Each country's class at a step, and the legend's words for the classes in use. */
function atStep(until: string | null) {
  const choropleth = choroplethFor(content, NO_FILTERS, 'reports', editionStepOf(content, { measure: 'reports', report: null, until }));
  const keys = Object.fromEntries(['NZL', 'MYS', 'KEN', 'THA', 'PRK', 'AUS', 'FRA'].map((iso3) => [iso3, choropleth.keyOf(content.summaryView(NO_FILTERS).summaries.get(iso3))]));
  const legend = choropleth.legend.filter((e) => e.count > 0).map((e) => `${e.label}: ${e.count}`);
  return { keys, legend, title: choropleth.title, choropleth };
}

describe('stepping through the editions', () => {
  it('steps only when coloured by report, with every report counting, and three editions or more', () => {
    expect(MIN_STEPPED_EDITIONS).toBe(3);
    expect(stepsThroughEditions({ measure: 'reports', report: null }, 3)).toBe(true);
    expect(stepsThroughEditions({ measure: 'reports', report: null }, 2)).toBe(false);
    expect(stepsThroughEditions({ measure: 'reports', report: 'gf-2017-07' }, 4)).toBe(false);
    expect(stepsThroughEditions({ measure: 'articles', report: null }, 4)).toBe(false);
  });

  it('reads a step from ?until=, the latest when there is none, and writes none for the latest', () => {
    expect(stepOf(null, IDS)).toBe(3);
    expect(stepOf('gf-2018-04', IDS)).toBe(1);
    expect(stepOf('nope', IDS)).toBe(3);
    expect(IDS.map((_, i) => untilOf(i, IDS))).toEqual(['gf-2017-07', 'gf-2018-04', 'md-2019-03', null]);
  });

  it('at the first edition, colours only what it names, all of it new, and leaves later countries uncoloured', () => {
    const { keys, legend, title } = atStep('gf-2017-07');
    expect(keys).toEqual({ NZL: 'step-new', MYS: 'step-new', KEN: 'step-later', THA: 'step-later', PRK: 'subject', AUS: 'context', FRA: 'none' });
    expect(legend).toEqual(['New in July 2017: 2', 'Not named yet: first named after July 2017: 2', 'North Korea: 1', 'Context only: 1', 'Not named: 1']);
    expect(title).toBe('The countries the reports had named as places of North Korean activity by July 2017 (edition 1 of 4)');
  });

  it('at a later edition, marks the countries new in it, and tells those named again from those it leaves out', () => {
    const { keys, legend } = atStep('md-2019-03');
    expect(keys).toMatchObject({ NZL: 'step-again', MYS: 'step-earlier', KEN: 'step-earlier', THA: 'step-new' });
    expect(legend.slice(0, 3)).toEqual([
      'New in March 2019: 1',
      'Named in an earlier report (July 2017 to April 2018), and again in March 2019: 1',
      'Named in an earlier report (July 2017 to April 2018), not in March 2019: 2',
    ]);
    expect(atStep('gf-2018-04').legend[1]).toBe('Named in the July 2017 report, and again in April 2018: 1');
  });

  it('with no step given, shows the latest edition, and paints the new ones apart from the rest', () => {
    const { keys, choropleth } = atStep(null);
    expect(keys).toMatchObject({ NZL: 'step-again', MYS: 'step-earlier', KEN: 'step-again', THA: 'step-earlier' });
    const paints = new Map(choropleth.legend.map((e) => [e.key, e.fill]));
    expect(paints.get('step-later')).toBe('none');
    expect(new Set(['step-new', 'step-again', 'step-earlier', 'none'].map((k) => paints.get(k))).size).toBe(4);
  });

  it('leaves the colours by report as they were for one report at a time, and where no step is asked for', () => {
    expect(editionStepOf(content, { measure: 'reports', report: 'md-2019-03', until: 'gf-2017-07' })).toBeNull();
    expect(editionStepOf(content, { measure: 'kind', report: null, until: 'gf-2017-07' })).toBeNull();
    for (const choropleth of [choroplethFor(content, { ...NO_FILTERS, report: 'md-2019-03' }, 'reports'), choroplethFor(content, NO_FILTERS, 'reports')]) {
      expect(choropleth.legend.map((e) => e.key)).toContain('edition-3-kept');
      expect(choropleth.legend.map((e) => e.key)).not.toContain('step-new');
    }
  });

  it('says what changed at each step, from the data', () => {
    expect(IDS.map((_, i) => changeAt(summaries(), REPORTS, i))).toEqual([
      'The July 2017 report, the first, names two countries as places of North Korean activity.',
      'The April 2018 report names one country the July 2017 report did not: KEN, and no longer names MYS.',
      'The March 2019 report names one country the April 2018 report did not: THA, and no longer names KEN.',
      'The October 2019 report names one country the March 2019 report did not: KEN, and no longer names THA.',
    ]);
  });
});
