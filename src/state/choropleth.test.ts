import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../content/content-index.ts';
import { CONTEXT_FILL, makeBins, makeChoropleth, NOT_NAMED_FILL, SUBJECT_FILL } from './choropleth.ts';

const summary = (iso3: string, status: CountrySummary['status'], naming = 0): CountrySummary => ({
  iso3,
  name: iso3,
  status,
  namingCount: naming,
  quotingCount: 0,
  quoteCount: naming,
  contextCount: 0,
  activityKinds: [],
  reports: [],
});

const sample = [
  summary('NZL', 'named', 3),
  summary('MYS', 'named', 3),
  summary('THA', 'named', 1),
  summary('PRK', 'subject'),
  summary('AUS', 'context'),
  summary('FRA', 'none'),
  summary('SGP', 'none'),
];
const drawn = (iso3: string) => iso3 !== 'SGP';

describe('the choropleth', () => {
  it('has one class per article count up to five articles', () => {
    expect(makeBins(3)).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
  });

  it('groups larger counts into five ranges that cover every count', () => {
    const bins = makeBins(12);
    expect(bins).toHaveLength(5);
    expect(bins[0]?.from).toBe(1);
    expect(bins.at(-1)?.to).toBe(12);
    bins.slice(1).forEach((b, i) => expect(b.from).toBe(bins[i]!.to + 1));
  });

  it('counts the countries in each legend entry, leaving out unnamed countries the map does not draw', () => {
    const { legend } = makeChoropleth(sample, 3, drawn);
    expect(legend.map((e) => [e.label, e.count])).toEqual([
      ['Named by 1 article', 1],
      ['Named by 2 articles', 0],
      ['Named by 3 articles', 2],
      ['North Korea', 1],
      ['Context only', 1],
      ['Not named', 1],
    ]);
  });

  it('colours named countries darker the more articles name them, and the rest distinctly', () => {
    const { fillOf, legend } = makeChoropleth(sample, 3, drawn);
    const fills = legend.map((e) => e.fill);
    expect(new Set(fills).size).toBe(fills.length);
    expect(fillOf(sample[0])).toBe(legend[2]?.fill);
    expect(fillOf(sample[2])).toBe(legend[0]?.fill);
    expect([fillOf(sample[3]), fillOf(sample[4]), fillOf(sample[5]), fillOf(undefined)]).toEqual([SUBJECT_FILL, CONTEXT_FILL, NOT_NAMED_FILL, NOT_NAMED_FILL]);
  });
});

describe('the choropleth by what is claimed', () => {
  const kinds = (iso3: string, status: CountrySummary['status'], activityKinds: CountrySummary['activityKinds']) => ({ ...summary(iso3, status, 1), activityKinds });
  const sample = [kinds('NZL', 'named', ['operates-from']), kinds('CHN', 'named', ['operates-from', 'activity-share']), kinds('THA', 'named', ['hosts-fronts']), summary('AUS', 'context')];

  it('colours each named country by its strongest kind of claim, with a pattern for all but the first', () => {
    const { legend, keyOf, fillOf } = makeChoropleth(sample, 3, () => true, 'kind');
    expect(legend.slice(0, 3).map((e) => [e.key, e.count])).toEqual([
      ['kind-operates-from', 2],
      ['kind-hosts-fronts', 1],
      ['kind-activity-share', 0],
    ]);
    expect(keyOf(sample[1])).toBe('kind-operates-from');
    expect(fillOf(sample[2])).toBe('hosts-fronts');
  });

  it('titles its legend by what it measures', () => {
    expect(makeChoropleth(sample, 3, () => true, 'kind').title).toMatch(/^What the articles claim/);
    expect(makeChoropleth(sample, 3, () => true, 'articles').title).toBe('How many of the 3 articles name each country as a place of North Korean activity');
  });
});
